/** Huge and deeply nested articles: a clear answer in bounded time, never a crash or a hang. */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { article, HANT, parse } from "../../support/articles.ts";
import { ROOT } from "../../support/site.ts";

const run = promisify(execFile);

const timed = <T>(run: () => T): { result: T; ms: number } => {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
};

describe("size and nesting limits", () => {
  it("accepts a 5 MB article in a few seconds", () => {
    const paragraph = `${"青岛市保密局近日举办保密培训，全市机关干部参加。".repeat(20)}\n\n`;
    const body = Array.from({ length: 1000 }, (_, i) => `## 第${i + 1}节\n\n${paragraph.repeat(4)}`).join("");
    const markdown = article(body);
    // Over 5 MB, under the parser's 8 MB limit for one article.
    expect(new TextEncoder().encode(markdown).length).toBeGreaterThan(5_000_000);
    expect(new TextEncoder().encode(markdown).length).toBeLessThan(8_000_000);
    const { result, ms } = timed(() => parse(markdown));
    expect(result.diagnostics).toEqual([]);
    expect(result.article?.editions[HANT]?.sections).toHaveLength(1000);
    expect(result.article?.editions[HANT]?.sections[999]?.html).toContain("青島市保密局");
    console.info(`5 MB article parsed in ${Math.round(ms)} ms`);
    expect(ms).toBeLessThan(30_000);
  }, 60_000);

  it("parses an article too large for a build worker's memory in the main thread", async () => {
    // In a process of its own: the worker that runs out of memory prints V8's fatal-error trace,
    // captured here and checked rather than shown on the console as if something had broken.
    const { stdout, stderr } = await run(process.execPath, [join(ROOT, "tests/support/parse-pool-oom.ts")], {
      cwd: ROOT,
      maxBuffer: 16 << 20,
    });
    expect(stderr).toMatch(/FATAL ERROR: .*JavaScript heap out of memory/);
    const outcome = JSON.parse(stdout) as {
      retried: string[];
      slugs: (string | undefined)[];
      hugeSearchText: string;
      diagnostics: unknown[];
    };
    expect(outcome.retried).toEqual(["content/a7.md"]);
    expect(outcome.slugs).toEqual(Array.from({ length: 70 }, (_, i) => `a${i}`));
    // The indexed edition is either script, depending on the site's editions.
    expect(outcome.hugeSearchText).toMatch(/青[岛島]市保密局近日[举舉][办辦]保密培[训訓]/);
    expect(outcome.diagnostics).toEqual([]);
  }, 300_000);

  it.each([
    [
      "lists 1000 levels deep",
      (n: number) => Array.from({ length: n }, (_, i) => `${"  ".repeat(i)}- 项${i}`).join("\n"),
      /^\d+:1 error This line is indented 2\d\d columns/,
    ],
    [
      "quotes 1000 levels deep",
      (n: number) => `${">".repeat(n)} 引文`,
      /^7:1 error Block quotes are nested 1000 levels deep/,
    ],
    [
      "quotes with spaces 1000 levels deep",
      (n: number) => `${"> ".repeat(n)}引文`,
      /^7:1 error Block quotes are nested 1000 levels deep/,
    ],
    [
      // 5000 levels: deeper would make a line over the parser's line-length limit, reported first.
      "HTML 5000 levels deep",
      (n: number) => `${"<div>".repeat(5 * n)}深${"</div>".repeat(5 * n)}`,
      /^7:501 error HTML tags are nested over 100 levels/,
    ],
    [
      "inline HTML 5000 levels deep",
      (n: number) => `正文${"<span>".repeat(5 * n)}深${"</span>".repeat(5 * n)}`,
      /^7:\d+ error HTML tags are nested over 100 levels/,
    ],
  ])("reports %s at once, without overflowing the stack", (_name, body, expected) => {
    const { result, ms } = timed(() => parse(article(body(1000))));
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.message}`)).toEqual([
      expect.stringMatching(expected),
    ]);
    expect(ms).toBeLessThan(2_000);
  });

  it("still reads nesting up to the limit", () => {
    const list = Array.from({ length: 50 }, (_, i) => `${"  ".repeat(i)}- 项${i}`).join("\n");
    const quotes = `${">".repeat(100)} 引文`;
    const html = `${"<div>".repeat(100)}深${"</div>".repeat(100)}`;
    for (const body of [list, quotes, html]) {
      const { result, ms } = timed(() => parse(article(`导语。\n\n${body}`)));
      expect(result.diagnostics).toEqual([]);
      expect(ms).toBeLessThan(5_000);
    }
  });

  it("reads emphasis and links nested thousands deep without overflowing", () => {
    for (const body of [`${"*".repeat(5000)}深${"*".repeat(5000)}`, `${"[".repeat(5000)}深${"](/a)".repeat(5000)}`]) {
      const { result, ms } = timed(() => parse(article(body)));
      expect(result.diagnostics.filter((d) => /Internal error/.test(d.message))).toEqual([]);
      // About 1.5 s each on an idle machine (2026-12-05); both took 11 s once while CI shared the
      // machine with other work. The bound catches a blow-up (quadratic nesting), not slowness.
      expect(ms).toBeLessThan(30_000);
    }
  });
});
