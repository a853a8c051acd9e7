import { mkdtempSync, rmSync, statSync, truncateSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { hasBody, pruneBodies, readSections, storeBodies } from "../../src/lib/site/bodies.ts";
import { article, parse } from "../support/articles.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function parsedArticles(count: number) {
  return Array.from({ length: count }, (_, index) => {
    const { article: parsed } = parse(article(`## 第${index}节\n\n正文${"測試".repeat(index * 50)}第${index}篇。`));
    if (parsed === undefined) throw new Error("fixture did not parse");
    return { digest: `digest-${index}`, article: parsed };
  });
}

describe("body cache", () => {
  it("stores a batch in one file and reads each article's sections back in either order", () => {
    const dir = mkdtempSync(join(tmpdir(), "np-bodies-"));
    dirs.push(dir);
    const batch = parsedArticles(5);
    const records = storeBodies(dir, batch);
    expect(new Set(records.map((record) => record.body)).size).toBe(1);
    expect(records.map((record) => record.digest)).toEqual(batch.map(({ digest }) => digest));
    for (const index of [3, 0, 4, 1, 2]) {
      const record = records[index]!;
      expect(hasBody(record)).toBe(true);
      expect(readSections(record, "zh-hans")).toEqual(batch[index]!.article.editions["zh-hans"]?.sections);
      expect(readSections(record, "zh-hant")).toEqual(batch[index]!.article.editions["zh-hant"]?.sections);
    }
    expect(records[4]!.editions["zh-hant"]).not.toHaveProperty("sections");
  });

  it("treats a file cut short as missing, and prunes files no article uses", () => {
    const dir = mkdtempSync(join(tmpdir(), "np-bodies-"));
    dirs.push(dir);
    const [first, second] = [storeBodies(dir, parsedArticles(2)), storeBodies(dir, parsedArticles(3).slice(2))];
    const kept = first[0]!;
    truncateSync(kept.body, kept.bodyFileSize - 1);
    expect(hasBody(kept)).toBe(false);
    pruneBodies(dir, new Set([second[0]!.body]));
    expect(statSync(kept.body, { throwIfNoEntry: false })).toBeUndefined();
    expect(hasBody(second[0]!)).toBe(true);
  });
});
