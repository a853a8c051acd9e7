/**
 * Run by tests/unit/hardening/limits.test.ts in its own process: parses 70 articles in worker
 * processes with small heaps (96 MB), one of them too large for a worker, and prints what came back as
 * JSON on stdout. The workers' out-of-memory traces go to this process's stderr, which the test
 * captures and checks instead of letting them reach the console.
 */
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ParseJob } from "../../src/lib/build/parse-job.ts";
import { runParseJobs } from "../../src/lib/build/parse-pool.ts";
import { siteConfig } from "../../src/site.config.ts";
import { article } from "./articles.ts";

const paragraph = `${"青岛市保密局近日举办保密培训，全市机关干部参加。".repeat(20)}\n\n`;
// About 7 MB: under the parser's 8 MB limit for one article, over what a 96 MB heap can parse (since
// conversion cuts words clause by clause, a 128 MB heap parses it; 64 MB is too little for the
// dictionaries and a batch of ordinary articles).
const huge = Array.from({ length: 1000 }, (_, i) => `## 第${i + 1}节\n\n${paragraph.repeat(5)}`).join("");
const job = (i: number): ParseJob => ({
  text: article(i === 7 ? huge : `导语${i}。\n\n## 小节\n\n正文。`),
  file: `content/a${i}.md`,
  defaultSlug: `a${i}`,
  path: join(tmpdir(), `a${i}.md`),
  timeZone: siteConfig.timeZone,
  digest: `limits-${i}`,
  conversion: siteConfig.conversion,
  base: "/",
  publicDir: "public",
  contentDir: tmpdir(),
  bodyDir: join(tmpdir(), `newsprint-limits-${process.pid}`),
});
const retried: string[] = [];
const results = await runParseJobs(
  Array.from({ length: 70 }, (_, i) => job(i)),
  { limits: { oldGenerationMb: 96, semiSpaceMb: 8 }, onRetry: (j) => retried.push(j.file) },
);
process.stdout.write(
  JSON.stringify({
    retried,
    slugs: results.map((result) => result.record?.slug),
    hugeSearchText: results[7]?.search?.content.slice(0, 200),
    diagnostics: results.flatMap((result) => result.diagnostics),
  }),
);
