/** Spawns the real CLI (Node 24 from node_modules) in a temporary directory. */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
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

describe("import CLI", { timeout: 240_000 }, () => {
  it("writes the clean article to content/ by default and exits 1 for the guesses it made", () => {
    const r = run(seed);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    expect(readFileSync(join(dir, "content", articleName), "utf8")).toBe(expected);
    expect(r.stdout).toContain("[lost-byte-garble]");
  });

  it("prints article and report on --dry-run and writes nothing", () => {
    const r = run(seed, "--dry-run", "--out", "out");
    expect(r.status).toBe(1);
    expect(r.stdout.startsWith(expected)).toBe(true);
    expect(r.stdout).toContain("19:154  ?qū)W → 學  [lost-character]");
    expect(r.stdout).toContain("script: naive Traditional → stored as Simplified (script: hans)");
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("refuses to overwrite an existing article without --force", () => {
    expect(run(seed, "--out", "out").status).toBe(1);
    const target = join(dir, "out", articleName);
    writeFileSync(target, "edited by hand\n");
    const again = run(seed, "--out", "out");
    expect(again.status).toBe(2);
    expect(again.stderr.trim().split("\n")).toHaveLength(1);
    expect(again.stderr).toContain("exists");
    expect(readFileSync(target, "utf8")).toBe("edited by hand\n");
    expect(run(seed, "--out", "out", "--force").status).toBe(1);
    expect(readFileSync(target, "utf8")).toBe(expected);
    expect(readdirSync(join(dir, "out"))).toEqual([articleName]);
  });

  it("prints its usage and options with --help and -h, exit 0, and writes nothing", () => {
    for (const flag of ["--help", "-h"]) {
      const r = run(flag);
      expect(r.status).toBe(0);
      expect(r.stderr).toBe("");
      expect(r.stdout).toMatch(/^usage: npm run import -- <file\|folder…>/u);
      for (const option of ["--out", "--media", "--dry-run", "--force", "--verbose", "--slug"])
        expect(r.stdout).toContain(option);
      expect(readdirSync(dir)).toEqual([]);
    }
  });

  it("exits 2 with a one-line reason when no title is found or usage is wrong", () => {
    writeFileSync(join(dir, "body.txt"), "這是一段很長的正文，沒有任何標題，只有句子。\n");
    const noTitle = run("body.txt");
    expect(noTitle.status).toBe(2);
    expect(noTitle.stderr).toMatch(
      /^body\.txt:1:1: no title, no date and no source found: nothing written\. Supply them on the command line: npm run import -- body\.txt --title "headline" --date YYYY-MM-DD --source "publisher" \[import-missing-metadata\]\n$/u,
    );
    expect(existsSync(join(dir, "content"))).toBe(false);
    // every option the refusal asks for leads to a written article
    const supplied = run("body.txt", "--title", "沒有標題的正文", "--date", "2024-05-12", "--source", "某報");
    expect(supplied.stderr).toBe("");
    expect(readdirSync(join(dir, "content"))).toEqual(["2024-05-12-mei-you-biao-ti-de-zheng-wen.md"]);
    expect(run().status).toBe(2);
    expect(run("--nope", seed).status).toBe(2);
    expect(run("missing.txt").status).toBe(2);
  });

  it("exits 1 when spans need the editor", () => {
    writeFileSync(join(dir, "lost.txt"), "標題在此\n\n2022-01-05 來源：本站\n\n我們向?qū員們展示了成果。\n");
    const r = run("lost.txt");
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      "needs attention / 需要核对 (1):\n  1. raw 5:4 → article line 8  lost character left as 〓",
    );
    expect(readFileSync(join(dir, "content", "2022-01-05-biao-ti-zai-ci.md"), "utf8")).toContain(
      "我們向〓員們展示了成果。",
    );
  });

  it("refuses when the date or source is missing, and takes them from options", () => {
    const corpus = (name: string) => fileURLToPath(new URL(`../../fixtures/import/corpus/${name}`, import.meta.url));
    const refused = run(corpus("14-no-date.txt"));
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("no date found: nothing written");
    expect(refused.stderr).toContain("--date YYYY-MM-DD");
    expect(existsSync(join(dir, "content"))).toBe(false);
    const filled = run(corpus("14-no-date.txt"), "--date", "2023-04-23", "--author", "王明", "--slug", "reading-month");
    expect(filled.status).toBe(0);
    const written = readFileSync(join(dir, "content", "2023-04-23-reading-month.md"), "utf8");
    expect(written).toContain("date: 2023-04-23\nsource: 市文化局\nauthor: 王明\nslug: reading-month\n");
    expect(run(corpus("14-no-date.txt"), "--date", "tomorrow").status).toBe(2);
  });

  it("imports a folder with a summary table and the worst status", () => {
    mkdirSync(join(dir, "in"));
    writeFileSync(join(dir, "in", "a.txt"), "标题在此处\n2022-01-05 来源：本站\n我们展示了成果，大家都很满意。\n");
    writeFileSync(join(dir, "in", "b.txt"), "只有标题\n");
    const r = run("in", "--out", "out");
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/== summary: 2 file\(s\): 1 clean, 0 to check, 1 not written/);
    expect(r.stdout).toMatch(/in\/a\.txt +out\/2022-01-05-biao-ti-zai-ci-chu\.md +0 ok +0/);
    expect(r.stdout).toMatch(/in\/b\.txt +— +2 refused/);
    expect(readdirSync(join(dir, "out"))).toEqual(["2022-01-05-biao-ti-zai-ci-chu.md"]);
  });

  it("refuses inputs larger than an article can be, and HTML saved as text", () => {
    writeFileSync(join(dir, "big.txt"), Buffer.alloc(2 * 1024 * 1024 + 1, "中"));
    const big = run("big.txt");
    expect(big.status).toBe(2);
    expect(big.stderr).toMatch(
      /big\.txt:1:1: 2\.0 MB is more than an article can be \(at most 2 MB\): nothing written \[import-too-large\]/,
    );
    writeFileSync(
      join(dir, "page.txt"),
      "<!doctype html>\n<html><head><title>x</title></head><body>正文</body></html>\n",
    );
    const page = run("page.txt");
    expect(page.status).toBe(2);
    expect(page.stderr).toContain("this is an HTML page");
    expect(existsSync(join(dir, "content"))).toBe(false);
  });

  it("imports a saved page with its local image, fetching nothing", () => {
    const source = fileURLToPath(new URL("../../fixtures/import/corpus/", import.meta.url));
    cpSync(join(source, "21-xinhua-page.html"), join(dir, "21-xinhua-page.html"));
    cpSync(join(source, "21-xinhua-page_files"), join(dir, "21-xinhua-page_files"), { recursive: true });
    const r = run("21-xinhua-page.html");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const name = "2024-05-12-wo-guo-shou-ge-shen-yuan-hai-yang";
    expect(readFileSync(join(dir, "content", `${name}.md`), "utf8")).toBe(
      readFileSync(join(source, "expected", "21-xinhua-page.md"), "utf8"),
    );
    expect(readFileSync(join(dir, "public", "media", name, "1-platform.jpg"))).toEqual(
      readFileSync(join(source, "21-xinhua-page_files", "platform.jpg")),
    );
    expect(r.stdout).toContain(
      "image left out (on another host or inline: the importer fetches nothing): https://img.example.com/remote.jpg",
    );
    const listing = run(join(source, "23-listing.html"));
    expect(listing.status).toBe(2);
    expect(listing.stderr).toContain("no article text");
  });
});
