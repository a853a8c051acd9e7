/**
 * CPU of indexing one search shard of N articles alone (the delta shard, or a base shard), from a
 * bench corpus folder: `/usr/bin/time node tests/bench/search-shard-cost.ts <corpus dir> N`.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import indexShards from "../../src/lib/site/search-index.ts";

const [corpus, count] = [process.argv[2]!, Number(process.argv[3])];
const files = readdirSync(corpus, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith(".md"))
  .sort()
  .slice(0, count);
const records = files.map((file) => {
  const text = readFileSync(join(corpus, file), "utf8").split("---").slice(2).join("---");
  const slug = file.replace(/.*\//, "").replace(/\.md$/, "");
  return {
    slug,
    date: "2024-01-01",
    content: `${slug}\n本报\n${text}`,
    title: { "zh-hans": slug },
    summary: { "zh-hans": slug },
    excerpts: { "zh-hans": text },
  };
});
const dir = mkdtempSync(join(tmpdir(), "np-shard-cost-"));
const started = performance.now();
await indexShards([{ records, target: join(dir, "shard"), name: "delta", delta: true }]);
rmSync(dir, { recursive: true, force: true });
console.log(`${count} records: ${(performance.now() - started).toFixed(0)} ms wall`);
