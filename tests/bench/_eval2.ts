import { readFileSync } from "node:fs";
import * as OpenCC from "opencc-js";
import { getConverter } from "../../src/lib/script/converter.ts";
type E = { hans: string; tw: string; hk: string; kind: string; heldOut: boolean };
const entries = (JSON.parse(readFileSync("tests/fixtures/conversion/round2-errors.json", "utf8")) as { entries: E[] }).entries;
const conv = getConverter({ editions: [], overrides: [], groups: [] });
const ed = (standard: "tw" | "hk") => ({ id: standard, lang: standard === "hk" ? "zh-Hant-HK" : "zh-Hant-TW", script: "hant", standard, variants: {}, quotes: "keep" }) as const;
const oc = { tw: OpenCC.Converter({ from: "cn", to: "tw" }), hk: OpenCC.Converter({ from: "cn", to: "hk" }) };
const back = { tw: OpenCC.Converter({ from: "tw", to: "cn" }) };
for (const std of ["tw", "hk"] as const) {
  for (const part of ["dev", "held"]) for (const kind of ["reported", "rule"]) {
    const list = entries.filter((e) => e.kind === kind && e.heldOut === (part === "held"));
    let ours = 0, theirs = 0, broke = 0;
    for (const e of list) {
      const o = conv.convert(e.hans, { script: "hans", standard: "cn" }, ed(std));
      const x = oc[std](e.hans);
      if (o === e[std]) ours++; if (x === e[std]) theirs++;
      if (x === e[std] && o !== e[std]) broke++;
      if (o !== e[std] && std === "tw" && part === "dev") console.log("  ", part, e.hans, e[std], "ours:", o, x === e[std] ? "(opencc ok)" : "");
    }
    console.log(std, part, kind, list.length, "ours", ours, "opencc", theirs, "broke", broke);
  }
}
// Traditional → Simplified
for (const part of ["dev", "held"]) {
  const list = entries.filter((e) => e.heldOut === (part === "held"));
  let ours = 0, theirs = 0, broke = 0;
  for (const e of list) {
    const o = conv.convert(e.tw, { script: "hant", standard: "tw" }, { id: "s", lang: "zh-Hans", script: "hans", standard: "cn", variants: {}, quotes: "keep" });
    const x = back.tw(e.tw);
    if (o === e.hans) ours++; if (x === e.hans) theirs++; if (x === e.hans && o !== e.hans) broke++;
  }
  console.log("tw→cn", part, list.length, "ours", ours, "opencc", theirs, "broke", broke);
}
