/** Runs parse jobs on every core: worker threads for large batches, in-process for small ones. */
import { availableParallelism } from "node:os";
import Tinypool from "tinypool";
import parseJob, { type ParseJob, type ParseResult } from "./parse-job.ts";

/** Below this many jobs, starting workers (each loads opencc and unified) costs more than it saves. */
const WORKER_THRESHOLD = 64;
/**
 * Each worker's heap is capped: left alone, V8 lets two parsing workers grow to about 850 MB
 * between collections on 4,000 articles; capped, they stay near 400 MB and are no slower. An
 * article too large for a worker's heap is parsed again in this thread, which has no such cap.
 */
export const WORKER_HEAP_LIMITS = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 32 };

export type ParsePoolOptions = {
  readonly limits?: typeof WORKER_HEAP_LIMITS;
  /** Told of each job that ran out of a worker's memory and is parsed again in this thread. */
  readonly onRetry?: (job: ParseJob) => void;
};

export async function runParseJobs(jobs: readonly ParseJob[], options: ParsePoolOptions = {}): Promise<ParseResult[]> {
  const threads = Math.min(availableParallelism(), 8);
  if (jobs.length < WORKER_THRESHOLD || threads < 2) return jobs.map(parseJob);
  const pool = new Tinypool({
    filename: new URL("./parse-job.ts", import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    resourceLimits: options.limits ?? WORKER_HEAP_LIMITS,
  });
  const run = (job: ParseJob) =>
    (pool.run(job) as Promise<ParseResult>).catch((error: unknown) => {
      if (!isOutOfMemory(error)) throw error;
      options.onRetry?.(job);
      return parseJob(job);
    });
  try {
    return await Promise.all(jobs.map(run));
  } finally {
    await pool.destroy();
  }
}

function isOutOfMemory(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ERR_WORKER_OUT_OF_MEMORY";
}
