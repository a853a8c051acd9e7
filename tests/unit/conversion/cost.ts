/**
 * Conversion cost alone: the minimum over 7 runs of the bench's measureConversion (every prose unit
 * of 400 generated bench articles into every edition), wall and CPU time per article.
 * Usage: BENCH_PHOTOS=0 node_modules/.bin/node tests/unit/conversion/cost.ts
 */
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeCorpus } from "../../bench/corpus.ts";
import { measureConversion } from "../../bench/conversion.ts";
const dir = join(tmpdir(), `newsprint-conversion-cost-${process.pid}`);
const corpus = await writeCorpus(dir, 400, 1);
const wall: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < 7; i++) {
  const before = process.cpuUsage();
  wall.push(measureConversion(corpus.articles).convertMs);
  const used = process.cpuUsage(before);
  cpu.push((used.user + used.system) / 1000);
}
rmSync(dir, { recursive: true, force: true });
console.log(
  `wall min ${(Math.min(...wall) / 400).toFixed(3)} ms/article, cpu min ${(Math.min(...cpu.slice(1)) / 400).toFixed(3)} ms/article, the first run (set-up) left out of the CPU figure`,
);
