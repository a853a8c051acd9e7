/** Editions and languages for conversion tests (no site configuration involved). */
import { readFileSync } from "node:fs";
import * as OpenCC from "opencc-js";
import { describe, expect, it } from "vitest";
import { getConverter } from "../../../src/lib/script/converter.ts";
import type { EditionStyle, OpenccStandard, TextLanguage } from "../../../src/lib/script/types.ts";

export const hansEdition: EditionStyle = {
  id: "zh-hans",
  lang: "zh-Hans",
  script: "hans",
  standard: "cn",
  variants: {},
  quotes: "keep",
};

export function hantEdition(standard: OpenccStandard = "tw", extra: Partial<EditionStyle> = {}): EditionStyle {
  const lang = standard === "hk" ? "zh-Hant-HK" : standard === "t" ? "zh-Hant" : "zh-Hant-TW";
  return { id: `zh-hant-${standard}`, lang, script: "hant", standard, variants: {}, quotes: "keep", ...extra };
}

export const SIMPLIFIED: TextLanguage = { script: "hans", standard: "cn" };
export const taiwan = (standard: OpenccStandard = "tw"): TextLanguage => ({ script: "hant", standard });

/** A sourced pair: Simplified text, its Taiwan and Hong Kong forms. */
export type PairEntry = { readonly hans: string; readonly tw: string; readonly hk: string };
export const PAIR_EDITIONS = ["tw", "hk", "cn"] as const;
export type PairEdition = (typeof PAIR_EDITIONS)[number];
export type PairOutputs = Map<PairEntry, Record<PairEdition, { ours: string; opencc: string }>>;

/** Each entry converted by newsprint's default converter and by opencc-js, into each edition (cn from the tw form). */
export function pairOutputs(entries: readonly PairEntry[]): PairOutputs {
  const converter = getConverter({ editions: [], overrides: [], groups: [] });
  const opencc = {
    tw: OpenCC.Converter({ from: "cn", to: "tw" }),
    hk: OpenCC.Converter({ from: "cn", to: "hk" }),
    cn: OpenCC.Converter({ from: "tw", to: "cn" }),
  };
  const outputs: PairOutputs = new Map();
  for (const entry of entries)
    outputs.set(entry, {
      tw: { ours: converter.convert(entry.hans, SIMPLIFIED, hantEdition("tw")), opencc: opencc.tw(entry.hans) },
      hk: { ours: converter.convert(entry.hans, SIMPLIFIED, hantEdition("hk")), opencc: opencc.hk(entry.hans) },
      cn: { ours: converter.convert(entry.tw, taiwan("tw"), hansEdition), opencc: opencc.cn(entry.tw) },
    });
  return outputs;
}

export const pairExpected = (entry: PairEntry, edition: PairEdition): string =>
  edition === "cn" ? entry.hans : entry[edition];

/** The share of `list` converted as expected, by newsprint or by opencc-js. */
export const pairRate = (
  outputs: PairOutputs,
  list: readonly PairEntry[],
  edition: PairEdition,
  who: "ours" | "opencc",
) => list.filter((entry) => outputs.get(entry)?.[edition][who] === pairExpected(entry, edition)).length / list.length;

/** Pairs opencc-js converts as expected and newsprint does not, as `<edition> <text>`, in every edition. */
export function brokenPairs(outputs: PairOutputs, entries: readonly PairEntry[]): string[] {
  return PAIR_EDITIONS.flatMap((edition) =>
    entries
      .filter((entry) => {
        const result = outputs.get(entry)?.[edition];
        return result?.opencc === pairExpected(entry, edition) && result.ours !== pairExpected(entry, edition);
      })
      .map((entry) => `${edition} ${entry.hans}`),
  );
}

/** A line of a round of reported errors (round9-, round10-, round11-reported.tsv). */
export type ReportedEntry = PairEntry & {
  readonly status: string;
  readonly source: string;
  readonly withHongKong: boolean;
};

/**
 * The lines of a round's TSV (comment lines and the header skipped): Simplified, Taiwan, Hong Kong,
 * status upstream, source. Without a Hong Kong form, Hong Kong expects the Taiwan one.
 */
export function readReportedRound(name: string): ReportedEntry[] {
  return readFileSync(new URL(`../../fixtures/conversion/${name}`, import.meta.url), "utf8")
    .split("\n")
    .filter((line) => line !== "" && !line.startsWith("#"))
    .slice(1)
    .map((line) => line.split("\t"))
    .map(([hans = "", tw = "", hk = "", status = "", source = ""]) => ({
      hans,
      tw,
      hk: hk || tw,
      status,
      source,
      withHongKong: hk !== "",
    }));
}

/** How many of `list` newsprint converts as expected into `edition`. */
export const rightIn = (outputs: PairOutputs, list: readonly PairEntry[], edition: PairEdition): number =>
  list.filter((entry) => outputs.get(entry)?.[edition].ours === pairExpected(entry, edition)).length;

/**
 * The three tests of a round of reported errors with Taiwan and Hong Kong forms (round 10 on): its
 * entries are sourced, each edition keeps its measured floor, and no pair opencc-js gets right is
 * made wrong.
 */
export function describeReportedRound(
  file: string,
  {
    minEntries,
    floors,
    source = /^https:\/\/github\.com\//,
    status = /^(?:open|fixed|unknown)$/,
  }: {
    minEntries: number;
    floors: Record<PairEdition, number>;
    /** What each entry's source and status must be: a report's address and state by default. */
    source?: RegExp;
    status?: RegExp;
  },
): void {
  const entries = readReportedRound(file);
  const outputs = pairOutputs(entries);
  describe(file, () => {
    it(`has ${minEntries}+ entries, each with its source, status and both Traditional forms`, () => {
      expect(entries.length).toBeGreaterThanOrEqual(minEntries);
      for (const entry of entries) {
        expect(entry.source).toMatch(source);
        expect(entry.status).toMatch(status);
        expect(entry.withHongKong).toBe(true);
      }
    });

    it("keeps the measured rates in every edition", () => {
      for (const edition of PAIR_EDITIONS)
        expect(rightIn(outputs, entries, edition), edition).toBeGreaterThanOrEqual(floors[edition]);
    });

    it("never gets wrong a pair opencc-js gets right", () => {
      expect(brokenPairs(outputs, entries)).toEqual([]);
    });
  });
}
