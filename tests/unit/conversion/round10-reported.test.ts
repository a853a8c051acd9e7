/**
 * Round 10 (tests/fixtures/conversion/round10-reported.tsv): 103 conversion errors from MediaWiki's
 * conversion fixes, OpenCC's Hong Kong names and other converters' trackers, each with its source,
 * with Taiwan and Hong Kong forms. Measured 2026-12-05 before any rule was written for them:
 * Taiwan 83 (opencc-js 67), Hong Kong 80 (opencc-js 64), Simplified 103; four pairs opencc-js gets
 * right made wrong in each Traditional edition. The rules and phrases written from them since
 * (Taiwan 89, Hong Kong 86, none broken) make these floors: a regression test, not held out.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { brokenPairs, pairExpected, pairOutputs, type PairEdition } from "./support.ts";

type Entry = { hans: string; tw: string; hk: string; status: string; source: string };

const entries: Entry[] = readFileSync(
  new URL("../../fixtures/conversion/round10-reported.tsv", import.meta.url),
  "utf8",
)
  .split("\n")
  .filter((line) => line !== "" && !line.startsWith("#"))
  .slice(1)
  .map((line) => line.split("\t"))
  .map(([hans = "", tw = "", hk = "", status = "", source = ""]) => ({ hans, tw, hk, status, source }));
const outputs = pairOutputs(entries);
const right = (edition: PairEdition) =>
  entries.filter((entry) => outputs.get(entry)?.[edition].ours === pairExpected(entry, edition)).length;

describe("round-10 reported errors", () => {
  it("has 100+ entries, each with its source, status and both Traditional forms", () => {
    expect(entries.length).toBeGreaterThanOrEqual(100);
    for (const entry of entries) {
      expect(entry.source).toMatch(/^https:\/\/github\.com\//);
      expect(entry.status).toMatch(/^(?:open|fixed|unknown)$/);
      expect(entry.hk).not.toBe("");
    }
  });

  it("keeps the measured rates in every edition", () => {
    expect(right("tw")).toBeGreaterThanOrEqual(89);
    expect(right("hk")).toBeGreaterThanOrEqual(86);
    expect(right("cn")).toBe(entries.length);
  });

  it("never gets wrong a pair opencc-js gets right", () => {
    expect(brokenPairs(outputs, entries)).toEqual([]);
  });
});
