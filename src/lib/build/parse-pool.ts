/**
 * Runs parse jobs on every core: in child processes for large builds, in-process for small ones.
 * Child processes rather than worker threads: when they exit, all their memory goes back to the
 * system, where a worker thread's heap pages stay with the build process (about 250 MB after
 * 4,000 articles) for the rest of the build.
 */
import { availableParallelism } from "node:os";
import Tinypool from "tinypool";
import parseJobs, { type ParseJob, type ParseResult } from "./parse-job.ts";

/** Below this many jobs, starting workers (each loads opencc and unified) costs more than it saves. */
const WORKER_THRESHOLD = 64;
/** Articles a worker parses together: their conversions share one opencc call (parseArticles). */
export const BATCH_SIZE = 25;
/**
 * Each worker process's heap is capped: left alone, V8 lets two parsing workers grow to about
 * 850 MB between collections on 4,000 articles; capped, they stay near 200 MB each. An article too
 * large for a worker's heap is parsed again in this process, which has no such cap.
 */
export const WORKER_HEAP_LIMITS = { oldGenerationMb: 256, semiSpaceMb: 8 };

export type ParsePoolOptions = {
  readonly limits?: typeof WORKER_HEAP_LIMITS;
  /** Told of each job whose worker ran out of memory (or died) and which is parsed again here. */
  readonly onRetry?: (job: ParseJob) => void;
};

export async function runParseJobs(jobs: readonly ParseJob[], options: ParsePoolOptions = {}): Promise<ParseResult[]> {
  const threads = Math.min(availableParallelism(), 8);
  if (jobs.length < WORKER_THRESHOLD || threads < 2) return parseJobs(jobs);
  const limits = options.limits ?? WORKER_HEAP_LIMITS;
  const pool = new Tinypool({
    filename: new URL("./parse-job.ts", import.meta.url).href,
    runtime: "child_process",
    serialization: "advanced",
    execArgv: [`--max-old-space-size=${limits.oldGenerationMb}`, `--max-semi-space-size=${limits.semiSpaceMb}`],
    minThreads: threads,
    maxThreads: threads,
  });
  // A batch whose worker runs out of memory is split into single articles; an article that
  // still does is parsed in this process.
  const run = async (batch: readonly ParseJob[]): Promise<ParseResult[]> => {
    try {
      return (await pool.run(batch)) as ParseResult[];
    } catch (error) {
      if (!workerDied(error)) throw error;
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

/** A worker process that exceeds its heap limit is killed by V8; the pool reports it as exited. */
function workerDied(error: unknown): boolean {
  return error instanceof Error && /exited unexpectedly/.test(error.message);
}
