/** Rendered sections of each article, cached on disk by digest and read back when pages render. */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Article, ArticleRecord, Section } from "../article/schema.ts";
import type { Script } from "../script/types.ts";

type Bodies = Record<Script, Section[]>;

export function bodyPath(dir: string, digest: string): string {
  return join(dir, `${digest}.json`);
}

/**
 * Writes the article's sections and returns the record the content store keeps. The record holds
 * the file's size: a file cut short (a build killed while writing) fails `hasBody` and is redone.
 */
export function storeBody(dir: string, digest: string, article: Article): ArticleRecord {
  const path = bodyPath(dir, digest);
  const bodies: Bodies = { hans: article.editions.hans.sections, hant: article.editions.hant.sections };
  const bytes = Buffer.from(JSON.stringify(bodies));
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, bytes);
  const { sections: _hans, ...hans } = article.editions.hans;
  const { sections: _hant, ...hant } = article.editions.hant;
  return { ...article, editions: { hans, hant }, digest, body: path, bodySize: bytes.length };
}

/** Whether the record's body file is there, whole. */
export function hasBody(record: Pick<ArticleRecord, "body" | "bodySize">): boolean {
  return statSync(record.body, { throwIfNoEntry: false })?.size === record.bodySize;
}

let last: { path: string; bodies: Bodies } | undefined;

/** Sections of one edition. The last file read is kept, as both editions of a page render in turn. */
export function readSections(record: Pick<ArticleRecord, "body">, script: Script): Section[] {
  if (last?.path !== record.body) last = { path: record.body, bodies: JSON.parse(readFileSync(record.body, "utf8")) };
  return last.bodies[script];
}

/** Deletes cached bodies no current article uses. */
export function pruneBodies(dir: string, keep: ReadonlySet<string>): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) if (!keep.has(join(dir, name))) rmSync(join(dir, name), { force: true });
}
