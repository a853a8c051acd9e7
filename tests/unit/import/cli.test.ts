/** Spawns the real CLI (Node 24 from node_modules) in a temporary directory. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeEach, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const node = join(root, "node_modules/.bin/node");
const cli = join(root, "src/cli/import.ts");
const seed = fileURLToPath(new URL("../../fixtures/import/seed/000_2b9798e12da55471.txt", import.meta.url));
const expected = readFileSync(new URL("../../fixtures/import/seed.expected.md", import.meta.url), "utf8");
const articleName = "2021-12-06-qing-dao-bao-mi-pei-xun-kuai-su.md";

let dir: string;
const run = (...args: string[]) => spawnSync(node, [cli, ...args], { cwd: dir, encoding: "utf8" });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "newsprint-import-"));
});

describe("import CLI", () => {
  it("writes the clean article to content/ by default and exits 0", () => {
    const r = run(seed);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, "content", articleName), "utf8")).toBe(expected);
    expect(r.stdout).toContain("[lost-byte-garble]");
  });

  it("prints article and report on --dry-run and writes nothing", () => {
    const r = run(seed, "--dry-run", "--out", "out");
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith(expected)).toBe(true);
    expect(r.stdout).toContain("19:154  ?qū)W → 學  [lost-character]");
    expect(r.stdout).toContain("script: naive Traditional → Simplified");
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("refuses to overwrite an existing article without --force", () => {
    expect(run(seed, "--out", "out").status).toBe(0);
    const target = join(dir, "out", articleName);
    writeFileSync(target, "edited by hand\n");
    const again = run(seed, "--out", "out");
    expect(again.status).toBe(2);
    expect(again.stderr.trim().split("\n")).toHaveLength(1);
    expect(again.stderr).toContain("exists");
    expect(readFileSync(target, "utf8")).toBe("edited by hand\n");
    expect(run(seed, "--out", "out", "--force").status).toBe(0);
    expect(readFileSync(target, "utf8")).toBe(expected);
    expect(readdirSync(join(dir, "out"))).toEqual([articleName]);
  });

  it("exits 2 with a one-line reason when no title is found or usage is wrong", () => {
    writeFileSync(join(dir, "body.txt"), "這是一段很長的正文，沒有任何標題，只有句子。\n");
    const noTitle = run("body.txt");
    expect(noTitle.status).toBe(2);
    expect(noTitle.stderr).toMatch(/^body\.txt: no title found\n$/);
    expect(existsSync(join(dir, "content"))).toBe(false);
    expect(run().status).toBe(2);
    expect(run("--nope", seed).status).toBe(2);
    expect(run("missing.txt").status).toBe(2);
  });

  it("exits 1 when spans need the editor", () => {
    writeFileSync(join(dir, "lost.txt"), "標題在此\n\n2022-01-05 來源：本站\n\n我們向?qū員們展示了成果。\n");
    const r = run("lost.txt");
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/needs attention \(1\):\n {2}5:4 {2}\?qū {2}lost character left as 〓/);
    expect(readFileSync(join(dir, "content", "2022-01-05-biao-ti-zai-ci.md"), "utf8")).toContain(
      "我們向〓員們展示了成果。",
    );
  });
});
