/** Listing the content folder: every Markdown file once, nothing outside it, every oddity named. */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { listContentFiles } from "../../../src/lib/build/content-files.ts";

const work = mkdtempSync(join(tmpdir(), "newsprint-content-"));
const content = join(work, "content");
afterAll(() => rmSync(work, { recursive: true, force: true }));

function setUp(): void {
  mkdirSync(join(content, "sub"), { recursive: true });
  mkdirSync(join(work, "outside"));
  mkdirSync(join(content, ".git"));
  for (const name of ["a.md", "B.MD", "with space.md", "..md", ".hidden.md", "sub/c.Md", "notes.txt", ".git/x.md"]) {
    writeFileSync(join(content, name), "---\n");
  }
  writeFileSync(join(work, "outside/secret.md"), "---\n");
  symlinkSync(join(work, "outside/secret.md"), join(content, "leak.md"));
  symlinkSync(join(work, "outside"), join(content, "outside-folder"));
  symlinkSync("..", join(content, "sub/up"));
  symlinkSync("../a.md", join(content, "sub/alias.md"));
  symlinkSync("missing.md", join(content, "broken.md"));
  symlinkSync("self.md", join(content, "self.md"));
  writeFileSync(join(content, "huge.md"), "");
  truncateSync(join(content, "huge.md"), 9 * 1024 * 1024);
  execFileSync("mkfifo", [join(content, "pipe.md")]);
}

describe("listContentFiles", () => {
  setUp();
  const { files, diagnostics } = listContentFiles(content, { display: (path) => relative(work, path) });

  it("lists Markdown files in any letter case, with spaces, in sub-folders, and links that stay inside", () => {
    expect(files.map((file) => [file.name, file.defaultSlug])).toEqual([
      ["B.MD", "B"],
      ["a.md", "a"],
      ["sub/alias.md", "alias"],
      ["sub/c.Md", "c"],
      ["with space.md", "with-space"],
    ]);
    expect(files.every((file) => file.path.startsWith(content))).toBe(true);
  });

  it("names every file it does not read, and why, without following links out or around", () => {
    expect(diagnostics.map((d) => `${d.file} ${d.severity} ${d.ruleId}`).sort()).toEqual(
      [
        "content/..md warning hidden-file",
        "content/.hidden.md warning hidden-file",
        "content/broken.md error symlink-broken",
        "content/huge.md error article-too-large",
        "content/leak.md error symlink-outside",
        "content/outside-folder error symlink-outside",
        "content/pipe.md error not-a-file",
        "content/self.md error symlink-loop",
        "content/sub/up error symlink-loop",
      ].sort(),
    );
    for (const d of diagnostics) {
      expect([d.line, d.column]).toEqual([1, 1]);
      expect(d.message).toMatch(/[:;] .+[.?]$/);
    }
  });

  it("reports a missing content folder", () => {
    expect(listContentFiles(join(work, "nowhere")).diagnostics.map((d) => d.ruleId)).toEqual(["content-folder"]);
  });
});
