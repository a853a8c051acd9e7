/** Runs parse jobs on every core: worker threads for large batches, in-process for small ones. */
import { availableParallelism } from "node:os";
import Tinypool from "tinypool";
import parseJob, { type ParseJob, type ParseResult } from "./parse-job.ts";

/** Below this many jobs, starting workers (each loads opencc and unified) costs more than it saves. */
const WORKER_THRESHOLD = 64;

export async function runParseJobs(jobs: readonly ParseJob[]): Promise<ParseResult[]> {
  const threads = Math.min(availableParallelism(), 8);
  if (jobs.length < WORKER_THRESHOLD || threads < 2) return jobs.map(parseJob);
  const pool = new Tinypool({
    filename: new URL("./parse-job.ts", import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
  });
  try {
    return await Promise.all(jobs.map((job) => pool.run(job) as Promise<ParseResult>));
  } finally {
    await pool.destroy();
  }
}
