/**
 * Figures for the conversion fixtures, per set, edition and character class, against opencc-js;
 * and the review list's named wrong decisions and false alarms.
 * Usage: node_modules/.bin/node tests/unit/conversion/measure.ts [--dev | --held-out] [--verbose]
 * `--verbose` lists the wrong conversions, missed and falsely alarmed decisions of development
 * pairs only: held-out pairs are measured by their totals.
 */
import * as OpenCC from "opencc-js";
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
let named = 0;
let wrongDecisions = 0;
let falseAlarms = 0;
let shown = 0;
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
  // Review list, Taiwan edition.
  const ours = converter.convert(pair.hans, SIMPLIFIED, hantEdition("tw"));
  const all = reviewConversion(pair.hans, SIMPLIFIED, hantEdition("tw"));
  const items = all.filter((item) => item.risk >= MIN_RISK);
  if (process.env.FEATURES !== undefined && !pair.heldOut) {
    for (const item of all) {
      const e = item.evidence;
      const wrong = ours.length === pair.tw.length ? ours[item.offset] !== pair.tw[item.offset] : ours !== pair.tw;
      console.log(
        `FEAT ${wrong ? "WRONG" : "right"} ${item.kind} ${item.source} risk=${item.risk} alone=${e?.alone} crosses=${e?.crosses} multi=${e?.multiword} beat=${e?.beat} disagrees=${e?.disagrees} known=${e?.known} named=${e?.nameShaped} overlaps=${e?.overlaps} settled=${e?.settled} ${pair.heldOut ? "H" : "D"} ${pair.hans}`,
      );
    }
  }
  shown += items.length;
  const wrongAt = new Set<number>();
  if (ours.length === pair.tw.length) {
    for (let i = 0; i < ours.length; i++) if (ours[i] !== pair.tw[i]) wrongAt.add(i);
  } else if (ours !== pair.tw) wrongAt.add(-1);
  wrongDecisions += wrongAt.size;
  for (const at of wrongAt) {
    if (items.some((item) => item.offset === at)) named++;
    else if (!pair.heldOut) misses.push(`${pair.hans} @${at} ${ours} want ${pair.tw}`);
  }
  for (const item of items)
    if (!wrongAt.has(item.offset)) {
      falseAlarms++;
      if (!pair.heldOut)
        alarms.push(`${pair.hans}: ${item.source}→${item.target} risk ${item.risk} ${item.kind} ${item.reason}`);
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
console.log(
  `review list (tw, risk ≥ ${MIN_RISK}): ${named}/${wrongDecisions} wrong decisions named, ${falseAlarms} false alarms of ${shown} lines`,
);
if (verbose) {
  for (const miss of misses) console.log(`MISSED ${miss}`);
  for (const alarm of alarms) console.log(`ALARM ${alarm}`);
}
