/**
 * Bounded cost: every generated worst case of about 5 MB (tests/unit/article/bounds-worker.ts)
 * parses, or fails with a positioned error, in under 30 s of processor time within a 2 GB heap. Each case runs in a
 * process of its own; the figures are printed as a table.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../support/site.ts";
import { CASES } from "./bounds-worker.ts";

const run = promisify(execFile);

/** Cases that must be refused, and by which rule; every other case must parse. */
const REFUSED: Record<string, string | readonly string[]> = {
  "emphasis, over the limit": "too-many-delimiters",
  "list and quote chains, 16,000 deep": "nesting-too-deep",
  "list and quote lines, over the limit": "nesting-too-deep",
  "nested HTML, over the limits": "too-many-tags",
  // The unclosed <noscript> swallows the whole text: both are said.
  "unclosed raw HTML": ["html-unclosed", "no-visible-text"],
  "sections, over the limit": "too-many-sections",
  "list, over the limit": "too-many-list-items",
  "references, over the limit": "too-many-references",
  "front matter list": "too-many-list-items",
  "over 8 MB": "article-too-large",
};

type Figures = { ms: number; cpuMs: number; maxRssMb: number; bytes: number; rules: string[] };

describe("parsing cost is bounded", () => {
  it("parses or refuses every worst case of 5 MB in under 30 s and 2 GB", async () => {
    const names = Object.keys(CASES);
    const results = new Map<string, Figures>();
    // Two at a time: the machine's two cores.
    const queue = [...names];
    const worker = async () => {
      for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
        const { stdout } = await run(
          process.execPath,
          ["--max-old-space-size=2048", join(ROOT, "tests/unit/article/bounds-worker.ts"), name],
          { cwd: ROOT, timeout: 120_000 },
        );
        results.set(name, JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as Figures);
      }
    };
    await Promise.all([worker(), worker()]);
    console.info(
      names
        .map((name) => {
          const r = results.get(name);
          return `${name.padEnd(38)} ${(r ? r.bytes / 1e6 : 0).toFixed(1).padStart(5)} MB ${String(r?.ms).padStart(6)} ms (${String(r?.cpuMs).padStart(6)} ms CPU) ${String(r?.maxRssMb).padStart(5)} MB peak  ${r?.rules.join(", ") || "parsed"}`;
        })
        .join("\n"),
    );
    for (const name of names) {
      const figures = results.get(name);
      expect(figures, name).toBeDefined();
      if (figures === undefined) continue;
      expect(figures.cpuMs, name).toBeLessThan(30_000);
      expect(figures.maxRssMb, name).toBeLessThan(2048);
      expect(figures.rules, name).toEqual([REFUSED[name] ?? []].flat());
    }
  }, 900_000);
});
