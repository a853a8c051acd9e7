/** Runs parse jobs on every core: worker threads for large batches, in-process for small ones. */
import { availableParallelism } from "node:os";
import Tinypool from "tinypool";
import parseJobs, { type ParseJob, type ParseResult } from "./parse-job.ts";

/** Below this many jobs, starting workers (each loads opencc and unified) costs more than it saves. */
const WORKER_THRESHOLD = 64;
/** Articles a worker parses together: their conversions share one opencc call (parseArticles). */
export const BATCH_SIZE = 25;
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
  if (jobs.length < WORKER_THRESHOLD || threads < 2) return parseJobs(jobs);
  const pool = new Tinypool({
    filename: new URL("./parse-job.ts", import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    resourceLimits: options.limits ?? WORKER_HEAP_LIMITS,
  });
  // A batch that runs out of a worker's memory is split into single articles; an article that
  // still does is parsed in this thread.
  const run = async (batch: readonly ParseJob[]): Promise<ParseResult[]> => {
    try {
      return (await pool.run(batch)) as ParseResult[];
    } catch (error) {
      if (!isOutOfMemory(error)) throw error;
      if (batch.length > 1) return (await Promise.all(batch.map((job) => run([job])))).flat();
      for (const job of batch) options.onRetry?.(job);
      return parseJobs(batch);
    }
  };
  const batches: ParseJob[][] = [];
  for (let start = 0; start < jobs.length; start += BATCH_SIZE) batches.push(jobs.slice(start, start + BATCH_SIZE));
  try {
    return (await Promise.all(batches.map(run))).flat();
  } finally {
    await pool.destroy();
  }
}

function isOutOfMemory(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ERR_WORKER_OUT_OF_MEMORY";
}
