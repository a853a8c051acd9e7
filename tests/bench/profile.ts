/**
 * Summarises a V8 `.cpuprofile` (from `node --cpu-prof`): self time by function and by area
 * (remark/micromark, parse5, opencc, Astro data store, Vite, rendering…) and inclusive time of the
 * newsprint pipeline's key functions.
 *
 *   node tests/bench/profile.ts <file.cpuprofile | folder> [--top 25]
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

type CallFrame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

export type Row = { readonly name: string; readonly ms: number; readonly share: number };
export type ProfileSummary = {
  readonly file: string;
  readonly totalMs: number;
  readonly functions: readonly Row[];
  readonly areas: readonly Row[];
  readonly inclusive: readonly Row[];
};

/** Areas by URL (first match wins). */
const AREAS: readonly [string, RegExp][] = [
  [
    "markdown parse (micromark, mdast-util-from-markdown, remark)",
    /micromark|mdast-util-from-markdown|remark-|mdast-util-frontmatter/,
  ],
  ["rehype-raw / parse5 (hast-util-raw)", /parse5|hast-util-raw|hast-util-from-parse5|hast-util-to-parse5|rehype-raw/],
  ["sanitize (hast-util-sanitize)", /hast-util-sanitize|rehype-sanitize/],
  ["mdast → hast (mdast-util-to-hast)", /mdast-util-to-hast|remark-rehype/],
  ["HTML stringify (hast-util-to-html)", /hast-util-to-html|rehype-stringify|stringify-entities/],
  ["opencc-js conversion", /opencc-js/],
  ["unified / unist utilities", /\/unified\/|unist-util|vfile|hast-util-to-string|mdast-util-to-string|github-slugger/],
  ["zod validation", /\/zod\//],
  ["yaml front matter", /\/yaml\//],
  ["newsprint src/lib (parser, converter glue)", /\/src\/lib\//],
  ["newsprint loader", /\/src\/loaders\//],
  ["Astro content layer / data store", /astro\/dist\/content\//],
  ["Astro rendering (runtime/server)", /astro\/dist\/runtime\//],
  ["Astro build / generate", /astro\/dist\/core\/build\//],
  ["Astro other", /astro\/dist\//],
  ["devalue / serialization", /devalue|superjson|flatted/],
  ["Vite / Rolldown (JS side)", /\/vite\/|rolldown|esbuild|@oxc|lightningcss/],
  ["compiled pages/chunks of the build", /\/\.tmp\/|\/dist\/|chunks\//],
  ["other node_modules", /node_modules/],
  ["Node internals", /^node:|^internal\//],
];

function areaOf(frame: CallFrame): string {
  if (frame.url === "") {
    if (frame.functionName.startsWith("(")) return frame.functionName;
    return "native / built-in (JSON, RegExp, Buffer…)";
  }
  return AREAS.find(([, pattern]) => pattern.test(frame.url))?.[0] ?? "other";
}

/** Inclusive time is reported for these functions (by name), when present. */
const KEY_FUNCTIONS = [
  "syncArticles",
  "parseArticle",
  "parseMarkdown",
  "toSafeHast",
  "buildEdition",
  "convertTrees",
  "convertMarked",
  "toHtml",
  "detectScript",
  "fingerprint",
  "generatePages",
  "generatePage",
  "renderPage",
  "getStaticPaths",
  "getCollection",
  "writeToDisk",
  "serialize",
  "stringify",
  "parse",
];

const short = (url: string): string =>
  url
    .replace(/^file:\/\//, "")
    .replace(/.*\/node_modules\//, "")
    .replace(/^.*\/work\/main\//, "");

export function summariseProfile(file: string, top = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  const self = new Map<number, number>();
  let totalUs = 0;
  profile.samples.forEach((id, index) => {
    const us = profile.timeDeltas[index] ?? 0;
    self.set(id, (self.get(id) ?? 0) + us);
    totalUs += us;
  });

  const functions = new Map<string, number>();
  const areas = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const keys = new Set(KEY_FUNCTIONS);
  for (const [id, us] of self) {
    const frame = byId.get(id)?.callFrame;
    if (frame === undefined) continue;
    const name = `${frame.functionName || "(anonymous)"} ${short(frame.url)}${frame.url ? `:${frame.lineNumber + 1}` : ""}`;
    functions.set(name, (functions.get(name) ?? 0) + us);
    const area = areaOf(frame);
    areas.set(area, (areas.get(area) ?? 0) + us);
    const seen = new Set<string>();
    for (let cursor: number | undefined = id; cursor !== undefined; cursor = parent.get(cursor)) {
      const fn = byId.get(cursor)?.callFrame.functionName ?? "";
      if (keys.has(fn) && !seen.has(fn)) {
        seen.add(fn);
        inclusive.set(fn, (inclusive.get(fn) ?? 0) + us);
      }
    }
  }
  const rows = (map: Map<string, number>, limit: number): Row[] =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, us]) => ({ name, ms: us / 1000, share: totalUs === 0 ? 0 : us / totalUs }));
  return {
    file,
    totalMs: totalUs / 1000,
    functions: rows(functions, top),
    areas: rows(areas, 40),
    inclusive: rows(inclusive, KEY_FUNCTIONS.length),
  };
}

/** The largest `.cpuprofile` in a folder (the main thread's, normally). */
export function largestProfile(dir: string): string | undefined {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".cpuprofile"))
    .map((name) => join(dir, name))
    .sort((a, b) => statSync(b).size - statSync(a).size)[0];
}

export function formatSummary(summary: ProfileSummary): string {
  const table = (title: string, rows: readonly Row[]) =>
    [
      title,
      ...rows.map(
        (row) => `  ${row.ms.toFixed(0).padStart(8)} ms ${(row.share * 100).toFixed(1).padStart(5)} %  ${row.name}`,
      ),
    ].join("\n");
  return [
    `CPU profile ${summary.file}: ${(summary.totalMs / 1000).toFixed(2)} s sampled (main thread)`,
    table("Self time by area:", summary.areas),
    table("Self time by function (top):", summary.functions),
    table("Inclusive time of key functions:", summary.inclusive),
  ].join("\n\n");
}

if (import.meta.main) {
  const target = process.argv[2];
  const topIndex = process.argv.indexOf("--top");
  const top = topIndex > 0 ? Number(process.argv[topIndex + 1]) : 25;
  if (target === undefined) {
    console.error("usage: node tests/bench/profile.ts <file.cpuprofile | folder> [--top N]");
    process.exitCode = 2;
  } else {
    const file = statSync(target).isDirectory() ? largestProfile(target) : target;
    if (file === undefined) {
      console.error(`No .cpuprofile in ${target}`);
      process.exitCode = 2;
    } else console.log(formatSummary(summariseProfile(file, top)));
  }
}
