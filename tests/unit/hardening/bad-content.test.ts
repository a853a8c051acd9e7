/**
 * The bad-article corpus: every file in tests/fixtures/bad/ is read and parsed as the build does
 * (strict UTF-8 reading, parser, duplicate-slug check) and must give exactly the diagnostics in
 * its sibling `.expected.txt` (one `line:column severity ruleId message` per line; empty = accepted).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { duplicateSlugs, type SluggedArticle } from "../../../src/lib/article/collection.ts";
import { readArticleFile } from "../../../src/lib/article/decode.ts";
import type { Diagnostic } from "../../../src/lib/article/diagnostics.ts";
import { parseArticle } from "../../../src/lib/article/parse.ts";
import { converter } from "../../support/articles.ts";
import { ROOT } from "../../support/site.ts";

const DIR = "tests/fixtures/bad";
const names = readdirSync(join(ROOT, DIR))
  .filter((name) => name.endsWith(".md"))
  .sort();

/** Diagnostics per fixture, computed once for the whole corpus as the loader does for content/. */
function checkCorpus(): Map<string, Diagnostic[]> {
  const byFile = new Map<string, Diagnostic[]>();
  const slugs: SluggedArticle[] = [];
  for (const name of names) {
    const file = `${DIR}/${name}`;
    const read = readArticleFile(join(ROOT, file), file);
    if ("diagnostic" in read) {
      byFile.set(file, [read.diagnostic]);
      continue;
    }
    const outcome = parseArticle(read.text, {
      file,
      defaultSlug: basename(name, ".md"),
      converter,
      assetExists: (path) => existsSync(join(ROOT, "public", path)),
    });
    byFile.set(file, outcome.diagnostics);
    if (outcome.article) slugs.push(outcome.article);
  }
  for (const diagnostic of duplicateSlugs(slugs)) byFile.get(diagnostic.file)?.push(diagnostic);
  return byFile;
}

const corpus = checkCorpus();

describe("bad-article corpus", () => {
  it("holds at least 30 fixtures, each with its expected messages", () => {
    expect(names.length).toBeGreaterThanOrEqual(30);
    for (const name of names) expect(existsSync(join(ROOT, DIR, name.replace(/\.md$/, ".expected.txt")))).toBe(true);
  });

  it.each(names)("%s", (name) => {
    const file = `${DIR}/${name}`;
    const diagnostics = corpus.get(file) ?? [];
    const expected = readFileSync(join(ROOT, DIR, name.replace(/\.md$/, ".expected.txt")), "utf8")
      .split("\n")
      .filter((line) => line !== "");
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId ?? "-"} ${d.message}`)).toEqual(
      expected,
    );
    for (const diagnostic of diagnostics) {
      expect(diagnostic.file).toBe(file);
      expect(diagnostic.line).toBeGreaterThanOrEqual(1);
      expect(diagnostic.column).toBeGreaterThanOrEqual(1);
      // Reading as UTF-8 (decode.ts) reports before any rule runs.
      if (!name.startsWith("not-utf8")) expect(diagnostic.ruleId).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
      // Every message says what to do: an instruction after a colon or semicolon, or a question.
      expect(diagnostic.message).toMatch(/[:;] .+[.?]$|\?$/);
    }
  });
});
