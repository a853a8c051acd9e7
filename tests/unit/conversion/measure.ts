/**
 * Figures for the conversion fixtures, per set, edition and character class, against opencc-js;
 * and the review list's named wrong decisions and false alarms.
 * Usage: node_modules/.bin/node tests/unit/conversion/measure.ts [--dev | --held-out] [--verbose]
 * `--verbose` lists the wrong conversions, missed and falsely alarmed decisions of development
 * pairs only: held-out pairs are measured by their totals.
 */
import * as OpenCC from "opencc-js";
import type { EditionStyle, TextLanguage } from "../../../src/lib/script/types.ts";
import { getConverter } from "../../../src/lib/script/converter.ts";
import { reviewConversion } from "../../../src/lib/script/review.ts";
import { ONE_TO_MANY } from "../../../src/lib/script/ambiguous.ts";
import { hansEdition, hantEdition, SIMPLIFIED, taiwan } from "./support.ts";
import { pairs } from "./pairs.ts";

/** The one-to-many character at the first difference, else "other". */
function classOf(hans: string, expected: string, got: string): string {
  for (let i = 0; i < hans.length; i++) {
    if (expected[i] !== got[i]) {
      const char = hans[i] ?? "";
      return ONE_TO_MANY.hans[char] !== undefined ? char : "other";
    }
  }
  return "other";
}

const args = new Set(process.argv.slice(2));
const only = args.has("--held-out") ? true : args.has("--dev") ? false : undefined;
const verbose = args.has("--verbose");
const converter = getConverter({ editions: [], overrides: [], groups: [] });
const opencc = {
  tw: OpenCC.Converter({ from: "cn", to: "tw" }),
  hk: OpenCC.Converter({ from: "cn", to: "hk" }),
  cn: OpenCC.Converter({ from: "tw", to: "cn" }),
};
const MIN_RISK = Number(process.env.MIN_RISK ?? 50);

type Tally = { n: number; ours: number; opencc: number; broken: string[] };
const tallies = new Map<string, Tally>();
const classes = new Map<string, { n: number; wrong: number }>();
const tally = (key: string) => {
  let t = tallies.get(key);
  if (t === undefined) tallies.set(key, (t = { n: 0, ours: 0, opencc: 0, broken: [] }));
  return t;
};
type ReviewTally = { wrong: number; named: number; falseAlarms: number; shown: number };
const reviewTallies = new Map<string, ReviewTally>();
const reviewTally = (edition: string) => {
  let t = reviewTallies.get(edition);
  if (t === undefined) reviewTallies.set(edition, (t = { wrong: 0, named: 0, falseAlarms: 0, shown: 0 }));
  return t;
};
const misses: string[] = [];
const alarms: string[] = [];
for (const pair of pairs()) {
  if (only !== undefined && pair.heldOut !== only) continue;
  const split = pair.heldOut ? "held-out" : "dev";
  const runs: [string, string, string, string][] = [
    ["tw", pair.tw, converter.convert(pair.hans, SIMPLIFIED, hantEdition("tw")), opencc.tw(pair.hans)],
    ["cn", pair.hans, converter.convert(pair.tw, taiwan("tw"), hansEdition), opencc.cn(pair.tw)],
  ];
  if (pair.hk !== undefined)
    runs.push(["hk", pair.hk, converter.convert(pair.hans, SIMPLIFIED, hantEdition("hk")), opencc.hk(pair.hans)]);
  for (const [edition, expected, ours, theirs] of runs) {
    const t = tally(`${pair.set} ${split} ${edition}`);
    t.n++;
    if (ours === expected) t.ours++;
    if (theirs === expected) t.opencc++;
    if (theirs === expected && ours !== expected) t.broken.push(pair.hans);
    if (edition === "tw" && pair.set !== "open-upstream" && !pair.heldOut) {
      const cls = ours === expected ? undefined : classOf(pair.hans, expected, ours);
      if (verbose && !pair.heldOut && cls !== undefined)
        console.log(`WRONG [${cls}] ${pair.hans} → ${ours} (want ${expected})`);
      const key = cls === undefined ? "" : args.has("--by-set") ? `${pair.set}/${split}:${cls}` : cls;
      const c = classes.get(key) ?? { n: 0, wrong: 0 };
      if (cls !== undefined) {
        c.wrong++;
        classes.set(key, c);
      }
    }
  }
  if (pair.set === "open-upstream") continue;
  // Review list: Taiwan and Hong Kong editions from the Simplified text, Simplified from the Taiwan text.
  const reviews: [string, string, TextLanguage, EditionStyle, string][] = [
    ["tw", pair.hans, SIMPLIFIED, hantEdition("tw"), pair.tw],
    ["cn", pair.tw, taiwan("tw"), hansEdition, pair.hans],
  ];
  if (pair.hk !== undefined) reviews.push(["hk", pair.hans, SIMPLIFIED, hantEdition("hk"), pair.hk]);
  for (const [edition, text, from, to, expected] of reviews) {
    const review = reviewTally(edition);
    const reviewSplit = reviewTally(`${edition} ${split}`);
    const ours = converter.convert(text, from, to);
    const all = reviewConversion(text, from, to);
    const items = all.filter((item) => item.risk >= MIN_RISK);
    if (process.env.FEATURES !== undefined && !pair.heldOut && edition === "tw") {
      for (const item of all) {
        const e = item.evidence;
        const wrong = ours.length === expected.length ? ours[item.offset] !== expected[item.offset] : ours !== expected;
        console.log(
          `FEAT ${wrong ? "WRONG" : "right"} ${item.kind} ${item.source} risk=${item.risk} alone=${e?.alone} crosses=${e?.crosses} multi=${e?.multiword} beat=${e?.beat} disagrees=${e?.disagrees} known=${e?.known} named=${e?.nameShaped} overlaps=${e?.overlaps} settled=${e?.settled} tag=${e?.tag} near=${e?.nearRule ?? "-"} target=${item.target} reason=${item.reason || "-"} ${pair.heldOut ? "H" : "D"} ${text}`,
        );
      }
    }
    review.shown += items.length;
    reviewSplit.shown += items.length;
    const wrongAt = new Set<number>();
    if (ours.length === expected.length) {
      for (let i = 0; i < ours.length; i++) if (ours[i] !== expected[i]) wrongAt.add(i);
    } else if (ours !== expected) wrongAt.add(-1);
    review.wrong += wrongAt.size;
    reviewSplit.wrong += wrongAt.size;
    for (const at of wrongAt) {
      if (items.some((item) => item.offset === at)) {
        review.named++;
        reviewSplit.named++;
      } else if (!pair.heldOut) misses.push(`${edition} ${text} @${at} ${ours} want ${expected}`);
    }
    for (const item of items)
      if (!wrongAt.has(item.offset)) {
        review.falseAlarms++;
        reviewSplit.falseAlarms++;
        if (!pair.heldOut)
          alarms.push(
            `${edition} ${text}: ${item.source}→${item.target} risk ${item.risk} ${item.kind} ${item.reason}`,
          );
      }
  }
}
for (const [key, t] of [...tallies].sort())
  console.log(
    `${key.padEnd(34)} ours ${t.ours}/${t.n} (${((100 * t.ours) / t.n).toFixed(1)} %)  opencc-js ${t.opencc}/${t.n}  broken ${t.broken.length}${t.broken.length && !key.includes("held-out") ? ` ${t.broken.slice(0, 5).join(" ")}` : ""}`,
  );
console.log(
  "wrong (tw, development pairs) by class:",
  [...classes]
    .sort((a, b) => b[1].wrong - a[1].wrong)
    .map(([cls, c]) => `${cls} ${c.wrong}`)
    .join(", "),
);
// Per edition and split first, then the totals (the last three lines).
for (const [edition, t] of [...reviewTallies].sort((a, b) => b[0].length - a[0].length))
  console.log(
    `review list (${edition}, risk ≥ ${MIN_RISK}): ${t.named}/${t.wrong} wrong decisions named, ${t.falseAlarms} false alarms of ${t.shown} lines`,
  );
if (verbose) {
  for (const miss of misses) console.log(`MISSED ${miss}`);
  for (const alarm of alarms) console.log(`ALARM ${alarm}`);
}
