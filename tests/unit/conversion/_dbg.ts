import { wordBoundaries } from "../../../src/lib/script/segment.ts";
import { convertCharacters } from "../../../src/lib/script/converter.ts";
import type { Decision } from "../../../src/lib/script/engine.ts";
import { hantEdition, SIMPLIFIED } from "./support.ts";
for (const text of process.argv.slice(2)) {
  const w = wordBoundaries(text, "hans");
  const t = w
    .taggedWords(0, false)
    ?.map((x) => `${x.word}/${x.tag}`)
    .join(" ");
  const h = w
    .taggedWords(0, true)
    ?.map((x) => `${x.word}/${x.tag}`)
    .join(" ");
  const decisions: Decision[] = [];
  const out = convertCharacters(text, SIMPLIFIED, hantEdition("tw"), undefined, decisions);
  console.log(
    text,
    "→",
    out,
    "\n  ",
    t,
    "\n  HMM",
    h,
    "\n  ",
    decisions
      .filter((d) => d.kind !== "char" || d.source !== d.target)
      .map(
        (d) =>
          `${d.source}>${d.target}:${d.kind}${d.reason ? "(" + d.reason + ")" : ""}${d.beat ? "[beat " + d.beat + "]" : ""}`,
      )
      .join(" "),
  );
}
