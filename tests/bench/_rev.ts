import { readFileSync } from "node:fs";
import { getConverter } from "../../src/lib/script/converter.ts";
import { reviewConversion } from "../../src/lib/script/review.ts";
type E = { hans: string; tw?: string; hant?: string; kind: string; heldOut: boolean; standard?: string };
const a = (JSON.parse(readFileSync("tests/fixtures/conversion/round2-errors.json", "utf8")) as { entries: E[] }).entries.filter((e) => e.kind === "reported" && (process.argv[2] === "all" || !e.heldOut));
const b = (JSON.parse(readFileSync("tests/fixtures/conversion/reported-errors.json", "utf8")) as { entries: E[] }).entries.filter((e) => e.standard === "tw" && (process.argv[2] === "all" || !e.heldOut));
const c = getConverter({ editions: [], overrides: [], groups: [] });
const tw = { id: "tw", lang: "zh-Hant-TW", script: "hant", standard: "tw", variants: {}, quotes: "keep" } as const;
const HANS = { script: "hans", standard: "cn" } as const;
for (const min of [25, 40, 50, 60, 65]) {
  let wrong = 0, caught = 0, alarms = 0;
  for (const e of [...a, ...b]) {
    const expect = e.tw ?? e.hant!;
    const out = c.convert(e.hans, HANS, tw);
    const items = reviewConversion(e.hans, HANS, tw).filter((i) => i.risk >= min);
    const flagged = new Set(items.map((i) => i.offset));
    const bad = new Set<number>();
    if (out.length === expect.length) for (let i = 0; i < out.length; i++) if (out[i] !== expect[i]) bad.add(i);
    wrong += bad.size;
    for (const i of bad) if (flagged.has(i)) caught++; else if (false) console.log("missed", e.hans, out, expect);
    for (const f of flagged) if (!bad.has(f)) { alarms++; if (false) console.log("alarm", e.hans, out, items.find((i) => i.offset === f)?.kind); }
  }
  console.log({ min, wrong, caught, alarms });
}
