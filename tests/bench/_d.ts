import { wordBoundaries } from "../../src/lib/script/segment.ts";
import { contextPins } from "../../src/lib/script/rules.ts";
import { phraseDictionary } from "../../src/lib/script/dictionaries.ts";
for (const t of process.argv.slice(2)) {
const w = wordBoundaries(t, "hans"); const p = contextPins(t, w, "hans");
const e: number[] = [], v: string[] = []; const ph: string[] = [];
for (let i = 0; i < t.length; i++) { const n = phraseDictionary().matches(t, i, t.length, e, v); for (let m = 0; m < n; m++) if (e[m]! - i > 1) ph.push(t.slice(i, e[m]) + ">" + v[m]); }
console.log(t, w.taggedWords(0, false)!.map(x=>x.word+"/"+x.tag).join(" "), "|", w.taggedWords(0, true)!.map(x=>x.word+"/"+x.tag).join(" "), p ? [...p.reasons] : "", ph.join(" "));
}
