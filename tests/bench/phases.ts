/**
 * Build phases read from Astro's log. Two kinds of figures: what Astro itself prints
 * ("built in 568ms", "Completed in 55ms") and the gap between the arrival times of two log lines
 * (its own timestamps only have 1 s resolution). A phase whose lines are absent is reported missing.
 */
import type { LogLine } from "./measure.ts";

export type Phase = {
  readonly name: string;
  readonly ms: number | undefined;
  /** `log`: Astro's own figure; `lines`: between the arrival of two log lines; `missing`: not in the log. */
  readonly how: "log" | "lines" | "missing";
};

export type Phases = {
  readonly phases: readonly Phase[];
  readonly loaderMessage: string | undefined;
  /** Cache events Astro logs ("Astro config changed", "Clearing content store"…). */
  readonly notes: readonly string[];
};

const stamp = /^\d\d:\d\d:\d\d\s*/;
const NOTES = /config changed|version changed|Clearing content store|incremental/i;

/** Astro's durations: `568ms`, `1.15s`, `2m 3s`. */
export function durationMs(text: string): number | undefined {
  const match = /(?:(\d+)m\s*)?([\d.]+)(ms|s)\b/.exec(text);
  if (match === null) return undefined;
  const minutes = Number(match[1] ?? 0);
  const value = Number(match[2]);
  return minutes * 60_000 + (match[3] === "ms" ? value : value * 1000);
}

export function readPhases(lines: readonly LogLine[], wallMs: number): Phases {
  const find = (pattern: RegExp, from = 0): number => {
    for (let i = from; i < lines.length; i++) if (pattern.test(lines[i]?.text ?? "")) return i;
    return -1;
  };
  const at = (index: number): number | undefined => (index < 0 ? undefined : lines[index]?.ms);
  const figure = (index: number): number | undefined =>
    index < 0 ? undefined : durationMs(lines[index]?.text.replace(stamp, "") ?? "");
  const between = (name: string, from: number | undefined, to: number | undefined): Phase =>
    from === undefined || to === undefined
      ? { name, ms: undefined, how: "missing" }
      : { name, ms: to - from, how: "lines" };
  const logged = (name: string, index: number): Phase => {
    const ms = figure(index);
    return ms === undefined ? { name, ms, how: "missing" } : { name, ms, how: "log" };
  };

  const syncing = find(/\[content\] Syncing content/);
  const synced = find(/\[content\] Synced content/);
  const loader = find(/\[newsprint-articles\] \d+ articles/);
  const types = find(/\[types\] Generated/);
  const bundling = find(/Building static entrypoints/);
  const rearranging = find(/Rearranging server assets/);
  const routes = find(/generating static routes/);
  const routesDone = find(/^\S*\s*✓ Completed in/, routes < 0 ? lines.length : routes);
  const pages = find(/page\(s\) built in/);
  const images = find(/generating optimized images/);
  const imagesDone = images < 0 ? -1 : find(/^\S*\s*✓ Completed in/, images);
  const complete = find(/\[build\] Complete!/);
  const viteBuilds = lines.flatMap((line, index) => (/\[vite\].*built in/.test(line.text) ? [index] : []));
  const viteMs = viteBuilds.map(figure).reduce<number>((sum, ms) => sum + (ms ?? 0), 0);

  const first = lines[0]?.ms;
  // Steps that src/cli/build.ts times itself: "[newsprint] search index in 812ms".
  const ownSteps: Phase[] = lines.flatMap((line) => {
    const match = /\[newsprint\] (.+?) in (\d[\d.]*m?s)\b/.exec(line.text);
    const ms = match?.[2] === undefined ? undefined : durationMs(match[2]);
    return match === null || ms === undefined ? [] : [{ name: `build.ts: ${match[1]}`, ms, how: "log" as const }];
  });
  const phases: Phase[] = [
    between("start-up (Node, Astro config) until first log line", 0, first),
    logged("astro sync: temp Vite server + content config + sync ([types] Generated)", types),
    between("  of which content sync (Syncing → Synced: loader, store)", at(syncing), at(synced)),
    between("vite bundling (Building static entrypoints → Rearranging)", at(bundling), at(rearranging)),
    viteBuilds.length === 0
      ? { name: "  vite 'built in' (sum of builds)", ms: undefined, how: "missing" }
      : { name: `  vite 'built in' (sum of ${viteBuilds.length} builds)`, ms: viteMs, how: "log" },
    logged("generating static routes (page rendering)", routesDone),
    images < 0
      ? { name: "  of which optimising images (none to do)", ms: 0, how: "log" }
      : logged("  of which optimising images (encoding, or copying from the cache)", imagesDone),
    between("after routes until Complete! (integrations: sitemap…)", at(routesDone), at(complete)),
    logged("Astro total (N page(s) built in)", pages),
    ...ownSteps,
    between("after Complete! until exit (search index, swap, exit)", at(complete), wallMs),
  ];
  const notes = lines.filter((line) => NOTES.test(line.text)).map((line) => line.text.replace(stamp, ""));
  // Astro logs one line per optimised image: "(before: 35kB, after: 5kB)" when encoded, "(reused cache entry)".
  const imageLines = lines.filter((line) => /▶ \/.+\.(avif|webp|jpe?g|png)\b/.test(line.text));
  if (imageLines.length > 0) {
    const reused = imageLines.filter((line) => /reused cache entry/.test(line.text)).length;
    notes.push(`images: ${imageLines.length - reused} encoded, ${reused} copied from the cache`);
  }
  return { phases, loaderMessage: loader < 0 ? undefined : lines[loader]?.text.replace(stamp, ""), notes };
}
