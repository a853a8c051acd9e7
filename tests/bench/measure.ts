/**
 * Runs one build as a child process under GNU time (`/usr/bin/time -v`): wall time and peak RSS
 * come from the OS; every log line is stamped with its arrival time so phases can be timed.
 * GNU time's peak RSS is that of the largest single process; the build also runs helper
 * processes (parsers, the search indexer, Pagefind), so the sum over the whole process tree is
 * sampled from /proc as well, with the CPU time each kind of process used.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createInterface } from "node:readline";

export const GNU_TIME = "/usr/bin/time";

export type LogLine = { readonly ms: number; readonly text: string };

export type RunResult = {
  readonly code: number;
  /** Wall time in ms: GNU time's figure (10 ms resolution) or, without it, the parent's clock. */
  readonly wallMs: number;
  /** Peak resident set size in bytes of the largest process, or undefined when GNU time is missing. */
  readonly peakRss: number | undefined;
  /** Peak of the summed resident set sizes of the whole process tree, sampled every 100 ms (Linux). */
  readonly peakTreeRss: number | undefined;
  readonly userMs: number | undefined;
  readonly systemMs: number | undefined;
  /** CPU time (user + system) by kind of process, sampled every 100 ms (Linux): a process's last 100 ms may be missed. */
  readonly cpuByProcess: Readonly<Record<string, number>>;
  readonly lines: readonly LogLine[];
  readonly stderr: string;
};

export type RunOptions = {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** Arguments for Node (the project's Node 24, `process.execPath`). */
  readonly nodeArgs: readonly string[];
  /** GNU time writes its report here. */
  readonly timeFile: string;
};

const ANSI = new RegExp(String.raw`\u001b\[[0-9;]*m`, "g");

export function hasGnuTime(): boolean {
  return existsSync(GNU_TIME);
}

export async function runMeasured(options: RunOptions): Promise<RunResult> {
  const timed = hasGnuTime();
  const [command, args] = timed
    ? [GNU_TIME, ["-v", "-o", options.timeFile, process.execPath, ...options.nodeArgs]]
    : [process.execPath, [...options.nodeArgs]];
  rmSync(options.timeFile, { force: true });
  const start = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
  const lines: LogLine[] = [];
  let stderr = "";
  const collect = (stream: NodeJS.ReadableStream) => {
    const reader = createInterface({ input: stream, crlfDelay: Infinity });
    reader.on("line", (line) => lines.push({ ms: performance.now() - start, text: line.replace(ANSI, "") }));
  };
  collect(child.stdout);
  collect(child.stderr);
  child.stderr.on("data", (chunk: Buffer) => {
    if (stderr.length < 200_000) stderr += chunk.toString("utf8");
  });
  let peakTreeRss: number | undefined;
  const cpu = new Map<number, { kind: string; ms: number }>();
  const sampler = setInterval(() => {
    const rss = child.pid === undefined ? undefined : sampleTree(child.pid, cpu);
    if (rss !== undefined) peakTreeRss = Math.max(peakTreeRss ?? 0, rss);
  }, 100);
  const code = await new Promise<number>((resolve) => child.on("close", (status) => resolve(status ?? 1)));
  clearInterval(sampler);
  const cpuByProcess: Record<string, number> = {};
  for (const { kind, ms } of cpu.values()) cpuByProcess[kind] = (cpuByProcess[kind] ?? 0) + ms;
  const ownWall = performance.now() - start;
  if (!timed)
    return {
      code,
      wallMs: ownWall,
      peakRss: undefined,
      peakTreeRss,
      userMs: undefined,
      systemMs: undefined,
      cpuByProcess,
      lines,
      stderr,
    };
  const report = existsSync(options.timeFile) ? readFileSync(options.timeFile, "utf8") : "";
  const time = parseGnuTime(report);
  return { code, ...time, peakTreeRss, cpuByProcess, wallMs: time.wallMs ?? ownWall, lines, stderr };
}

const PAGE_SIZE = 4096;
/** Linux reports CPU time in clock ticks of 1/100 s (USER_HZ). */
const TICK_MS = 10;

/** What a process of the build is, from its command line. */
function processKind(pid: number, root: number): string {
  if (pid === root) return "GNU time";
  let command: string;
  try {
    command = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "other";
  }
  if (/pagefind/.test(command)) return "Pagefind";
  if (/tinypool/.test(command)) return /max-old-space-size/.test(command) ? "parsing workers" : "search workers";
  if (/esbuild/.test(command)) return "esbuild";
  // `npm run build` starts the build process from a small launcher (src/cli/build.ts).
  if (/cli\/build\.ts/.test(command)) return "launcher";
  if (/(^|\/)node /.test(command)) return "build process (Astro)";
  return "other";
}

/**
 * Summed resident set size in bytes of a process and all its descendants, from /proc; records
 * each one's CPU time so far in `cpu`.
 */
function sampleTree(root: number, cpu: Map<number, { kind: string; ms: number }>): number | undefined {
  if (!existsSync("/proc/self/statm")) return undefined;
  // Fields of /proc/<pid>/stat after the command name: [1] parent, [11] user and [12] system ticks.
  const stats = new Map<number, string[]>();
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const parent = Number(fields[1]);
      stats.set(Number(name), fields);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // The process ended while being read.
    }
  }
  let total = 0;
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop() ?? 0;
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]) * PAGE_SIZE;
    } catch {
      // Gone already.
    }
    const fields = stats.get(pid);
    if (fields !== undefined) {
      const ms = (Number(fields[11]) + Number(fields[12])) * TICK_MS;
      // Named again at each sample (a child sampled between fork and exec shows its parent's
      // command), except by an empty command line: a process that has exited shows none.
      const kind = processKind(pid, root);
      const known = cpu.get(pid);
      cpu.set(pid, { kind: kind === "other" && known !== undefined ? known.kind : kind, ms });
    }
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

export function parseGnuTime(report: string): {
  wallMs: number | undefined;
  peakRss: number | undefined;
  userMs: number | undefined;
  systemMs: number | undefined;
} {
  const seconds = (label: string): number | undefined => {
    const value = report.match(new RegExp(`${label}:\\s*([\\d.]+)`))?.[1];
    return value === undefined ? undefined : Number(value) * 1000;
  };
  const elapsed = report.match(/Elapsed \(wall clock\) time \(h:mm:ss or m:ss\):\s*(\S+)/)?.[1];
  const rss = report.match(/Maximum resident set size \(kbytes\):\s*(\d+)/)?.[1];
  return {
    wallMs: elapsed === undefined ? undefined : clockToMs(elapsed),
    peakRss: rss === undefined ? undefined : Number(rss) * 1024,
    userMs: seconds("User time \\(seconds\\)"),
    systemMs: seconds("System time \\(seconds\\)"),
  };
}

/** `h:mm:ss` or `m:ss.ss` → ms. */
function clockToMs(clock: string): number | undefined {
  const parts = clock.split(":").map(Number);
  if (parts.some((part) => Number.isNaN(part))) return undefined;
  return parts.reduce((total, part) => total * 60 + part, 0) * 1000;
}
