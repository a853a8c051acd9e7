import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FileMemo } from "../../../src/loaders/file-memo.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "np-memo-"));
  dirs.push(dir);
  return dir;
}

describe("content file memo", () => {
  it("gives a file's digest to the next build while size, mtime and ctime are unchanged", () => {
    const dir = folder();
    const article = join(dir, "a.md");
    writeFileSync(article, "# 标题\n\n正文。\n");
    const memoFile = join(dir, "cache", "files.json");
    const first = new FileMemo(memoFile);
    first.set(article, statSync(article), "parser-1", "digest-a");
    first.save(new Set([article]));

    const next = new FileMemo(memoFile);
    expect(next.digest(article, statSync(article), "parser-1")).toBe("digest-a");
    // Another parser (code or settings changed): every file is read again.
    expect(next.digest(article, statSync(article), "parser-2")).toBeUndefined();
  });

  it("reads a file again when it was rewritten with the same size and its mtime put back", () => {
    const dir = folder();
    const article = join(dir, "a.md");
    writeFileSync(article, "记者张三报道。\n");
    const mtime = 1_700_000_000;
    utimesSync(article, mtime, mtime);
    const before = statSync(article);
    const memo = new FileMemo(join(dir, "files.json"));
    memo.set(article, before, "p", "digest-a");
    // Same byte length, one name changed, mtime restored (as `cp -p` or `rsync -t` would).
    const start = Date.now();
    while (Date.now() - start < 20) {
      // ctime has a resolution of a few milliseconds on some file systems
    }
    writeFileSync(article, "记者李四报道。\n");
    utimesSync(article, mtime, mtime);
    const after = statSync(article);
    expect(after.size).toBe(before.size);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(memo.digest(article, after, "p")).toBeUndefined();
  });

  it("forgets files no longer listed and starts empty from a damaged memo", () => {
    const dir = folder();
    const memoFile = join(dir, "files.json");
    const memo = new FileMemo(memoFile);
    const stamp = { size: 1, mtimeMs: 2, ctimeMs: 3 };
    memo.set("/a.md", stamp, "p", "da");
    memo.set("/b.md", stamp, "p", "db");
    memo.save(new Set(["/b.md"]));
    const saved = new FileMemo(memoFile);
    expect(saved.digest("/a.md", stamp, "p")).toBeUndefined();
    expect(saved.digest("/b.md", stamp, "p")).toBe("db");

    writeFileSync(memoFile, readFileSync(memoFile, "utf8").slice(0, 20));
    expect(new FileMemo(memoFile).digest("/b.md", stamp, "p")).toBeUndefined();
    writeFileSync(memoFile, JSON.stringify({ parser: "p", entries: [["/b.md", "1", 2, 3, "db"], 7] }));
    expect(new FileMemo(memoFile).digest("/b.md", stamp, "p")).toBeUndefined();
  });
});
