/** Huge and deeply nested articles: a clear answer in bounded time, never a crash or a hang. */
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ParseJob } from "../../../src/lib/build/parse-job.ts";
import { runParseJobs } from "../../../src/lib/build/parse-pool.ts";
import { siteConfig } from "../../../src/site.config.ts";
import { article, parse } from "../../support/articles.ts";

const timed = <T>(run: () => T): { result: T; ms: number } => {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
};

describe("size and nesting limits", () => {
  it("accepts a 5 MB article in a few seconds", () => {
    const paragraph = `${"青岛市保密局近日举办保密培训，全市机关干部参加。".repeat(20)}\n\n`;
    const body = Array.from({ length: 1000 }, (_, i) => `## 第${i + 1}节\n\n${paragraph.repeat(10)}`).join("");
    const markdown = article(body);
    expect(new TextEncoder().encode(markdown).length).toBeGreaterThan(5_000_000);
    const { result, ms } = timed(() => parse(markdown));
    expect(result.diagnostics).toEqual([]);
    expect(result.article?.editions.hant.sections).toHaveLength(1000);
    expect(result.article?.editions.hant.sections[999]?.html).toContain("青島市保密局");
    console.info(`5 MB article parsed in ${Math.round(ms)} ms`);
    expect(ms).toBeLessThan(30_000);
  }, 60_000);

  it("parses an article too large for a build worker's memory in the main thread", async () => {
    const paragraph = `${"青岛市保密局近日举办保密培训，全市机关干部参加。".repeat(20)}\n\n`;
    const huge = Array.from({ length: 1000 }, (_, i) => `## 第${i + 1}节\n\n${paragraph.repeat(10)}`).join("");
    const job = (i: number): ParseJob => ({
      text: article(i === 7 ? huge : `导语${i}。\n\n## 小节\n\n正文。`),
      file: `content/a${i}.md`,
      defaultSlug: `a${i}`,
      digest: `limits-${i}`,
      conversion: siteConfig.conversion,
      base: "/",
      publicDir: "public",
      bodyDir: join(tmpdir(), `newsprint-limits-${process.pid}`),
    });
    const retried: string[] = [];
    const results = await runParseJobs(
      Array.from({ length: 70 }, (_, i) => job(i)),
      { limits: { oldGenerationMb: 128, semiSpaceMb: 8 }, onRetry: (j) => retried.push(j.file) },
    );
    expect(retried).toEqual(["content/a7.md"]);
    expect(results.map((result) => result.record?.slug)).toEqual(Array.from({ length: 70 }, (_, i) => `a${i}`));
    expect(results[7]?.search?.content).toContain("青岛市保密局近日举办保密培训");
    expect(results.flatMap((result) => result.diagnostics)).toEqual([]);
  }, 60_000);

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
      "HTML 10000 levels deep",
      (n: number) => `${"<div>".repeat(10 * n)}深${"</div>".repeat(10 * n)}`,
      /^7:501 error HTML tags are nested over 100 levels/,
    ],
    [
      "inline HTML 10000 levels deep",
      (n: number) => `正文${"<span>".repeat(10 * n)}深${"</span>".repeat(10 * n)}`,
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
      expect(ms).toBeLessThan(10_000);
    }
  });
});
