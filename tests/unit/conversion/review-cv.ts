/**
 * The review list on decisions the context rules were not written from: the pairs (Scope) are
 * split in two by hash; each half is converted without the rules and person names (the
 * engine's bare dictionaries, which make the errors the rules were written to fix) and listed
 * with the risks calibrated on the other half. Simplified → Taiwan.
 * Usage: node_modules/.bin/node tests/unit/conversion/review-cv.ts [--development] [--verbose]
 */
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { convertBare } from "../../../src/lib/script/converter.ts";
import { reviewConversion } from "../../../src/lib/script/review.ts";
import { calibrationOf } from "./calibration.ts";
import { hantEdition, SIMPLIFIED } from "./support.ts";
import { pairs, roundPairs, type Pair } from "./pairs.ts";

export type CrossValidation = {
  readonly pairs: number;
  readonly wrong: number;
  /** Per threshold: wrong decisions listed at or above it, and right ones (false alarms). */
  readonly byThreshold: readonly { threshold: number; named: number; falseAlarms: number }[];
  /** Wrong decisions with their risks, and false alarms at 50 and above (development pairs only). */
  readonly lines: readonly string[];
};

const foldOf = (pair: Pair) => createHash("sha256").update(`cv|${pair.hans}`).digest()[0]! % 2;

/**
 * `development`: the development pairs by halves, each calibrated on the other half and on every
 * round TSV; `all`: the development pairs and the round TSVs together by halves.
 */
export type Scope = "development" | "all";

export function crossValidate(thresholds: readonly number[], scope: Scope = "all"): CrossValidation {
  const dev: Pair[] = [];
  const seen = new Set<string>();
  const rounds = roundPairs();
  for (const pair of [...pairs(), ...(scope === "all" ? rounds : [])])
    if (!pair.heldOut && pair.set !== "open-upstream" && pair.fromTraditional !== true && !seen.has(pair.hans)) {
      seen.add(pair.hans);
      dev.push(pair);
    }
  // Always in the calibration, never listed: the other pairs (development scope) or the
  // Traditional-source ones, whose Simplified → Traditional differences are partly house style.
  const always = rounds.filter((pair) => !seen.has(pair.hans) && (scope === "development" || pair.fromTraditional));
  const to = hantEdition("tw");
  let wrong = 0;
  const named = thresholds.map(() => 0);
  const falseAlarms = thresholds.map(() => 0);
  const lines: string[] = [];
  for (const fold of [0, 1]) {
    const calibration = calibrationOf([...dev.filter((pair) => foldOf(pair) !== fold), ...always]);
    for (const pair of dev.filter((entry) => foldOf(entry) === fold)) {
      const ours = convertBare(pair.hans, SIMPLIFIED, to);
      if (ours.length !== pair.tw.length) continue;
      const items = reviewConversion(pair.hans, SIMPLIFIED, to, { bare: true, calibration });
      const wrongAt = new Set<number>();
      for (let i = 0; i < ours.length; i++) if (ours[i] !== pair.tw[i]) wrongAt.add(i);
      wrong += wrongAt.size;
      thresholds.forEach((threshold, k) => {
        const shown = items.filter((item) => item.risk >= threshold);
        named[k]! += [...wrongAt].filter((at) => shown.some((item) => item.offset === at)).length;
        falseAlarms[k]! += shown.filter((item) => !wrongAt.has(item.offset)).length;
      });
      for (const at of wrongAt) {
        const item = items.find((entry) => entry.offset === at);
        lines.push(
          `WRONG risk ${item?.risk ?? "-"} ${item?.kind ?? ""} ${item?.reason ?? ""} ${pair.hans[at]}→${ours[at]} want ${pair.tw[at]} ${pair.hans}`,
        );
      }
      for (const item of items)
        if (!wrongAt.has(item.offset) && item.risk >= 50)
          lines.push(`ALARM risk ${item.risk} ${item.kind} ${item.reason} ${item.source}→${item.target} ${pair.hans}`);
    }
  }
  return {
    pairs: dev.length,
    wrong,
    byThreshold: thresholds.map((threshold, k) => ({ threshold, named: named[k]!, falseAlarms: falseAlarms[k]! })),
    lines: lines.sort(),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const scope: Scope = process.argv.includes("--development") ? "development" : "all";
  const result = crossValidate([30, 40, 45, 50, 55, 60, 70], scope);
  console.log(`${result.pairs} pairs (${scope}), ${result.wrong} wrong decisions without rules (Taiwan)`);
  for (const { threshold, named, falseAlarms } of result.byThreshold)
    console.log(
      `risk ≥ ${threshold}: ${named} of ${result.wrong} named (${((100 * named) / result.wrong).toFixed(1)} %), ${falseAlarms} false alarms`,
    );
  if (process.argv.includes("--verbose")) for (const line of result.lines) console.log(line);
}
