/** Every sourced conversion pair of the fixtures, with its set and split (for measure.ts and calibrate.ts). */
import { readdirSync, readFileSync } from "node:fs";
import { readReportedRound } from "./support.ts";

export type Pair = {
  set: string;
  hans: string;
  tw: string;
  hk: string | undefined;
  heldOut: boolean;
  source: string;
  open?: boolean;
  /**
   * The Traditional column is the source (a Traditional → Simplified row): its Simplified →
   * Traditional conversion differs from it where the writer's forms are house style (牠, 帳), so
   * it measures only Traditional → Simplified.
   */
  fromTraditional?: boolean;
};

const read = (name: string) =>
  (
    JSON.parse(readFileSync(new URL(`../../fixtures/conversion/${name}`, import.meta.url), "utf8")) as {
      entries: never[];
    }
  ).entries;

export function pairs(): Pair[] {
  const list: Pair[] = [];
  for (const entry of read("reported-errors.json") as {
    hans: string;
    hant: string;
    standard: string;
    heldOut: boolean;
    source: string;
  }[])
    if (entry.standard === "tw")
      list.push({
        set: "reported-errors",
        hans: entry.hans,
        tw: entry.hant,
        hk: undefined,
        heldOut: entry.heldOut,
        source: entry.source,
      });
  for (const name of ["round2-errors.json", "round3-errors.json", "round4-dev.json", "round5.json", "round7.json"]) {
    let entries: {
      hans: string;
      tw: string;
      hk: string;
      heldOut: boolean;
      source: string;
      kind: string;
      open?: boolean;
    }[];
    try {
      entries = read(name);
    } catch {
      continue;
    }
    for (const entry of entries) {
      list.push({ set: `${name.replace(/(?:-errors)?\.json$/u, "")}-${entry.kind}`, ...entry });
      if (entry.open === true) list.push({ set: "open-upstream", ...entry });
    }
  }
  return list;
}

/** A row of a mixed round whose Traditional column is the source. */
const isTraditionalRow = (entry: { readonly source: string }) => entry.source.endsWith("(t2s)");
/** A round's header naming it a Traditional-source set (round21-news.tsv, round55-traditional.tsv). */
const TRADITIONAL_SET = /Traditional ?(?:→|->) ?Simplified|Traditional news/u;
const headerOf = (name: string) =>
  readFileSync(new URL(`../../fixtures/conversion/${name}`, import.meta.url), "utf8").split("\n", 1)[0] ?? "";

/** The first round kept as a TSV of its own (round8-reported.tsv); earlier TSVs mirror the JSON sets. */
const FIRST_TSV_ROUND = 8;

/**
 * The pairs of the round TSVs (round8-reported.tsv on) whose Simplified and Taiwan columns align
 * character for character, with their round number; `before` keeps the rounds below it.
 */
export function roundPairs(before = Infinity): (Pair & { round: number })[] {
  const list: (Pair & { round: number })[] = [];
  for (const name of readdirSync(new URL("../../fixtures/conversion/", import.meta.url)).sort()) {
    const round = Number(/^round(\d+)-[\w-]+\.tsv$/u.exec(name)?.[1] ?? NaN);
    if (!(round >= FIRST_TSV_ROUND && round < before)) continue;
    const entries = readReportedRound(name);
    // A set of Traditional sentences only: its header says so and no row is marked " (t2s)".
    const traditionalSet = !entries.some(isTraditionalRow) && TRADITIONAL_SET.test(headerOf(name));
    for (const entry of entries)
      if (entry.hans.length === entry.tw.length)
        list.push({
          set: name.replace(/\.tsv$/u, ""),
          round,
          ...entry,
          heldOut: false,
          fromTraditional: traditionalSet || isTraditionalRow(entry),
        });
  }
  return list;
}
