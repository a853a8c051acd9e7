import { chainFor, phraseDictionary } from "../../../src/lib/script/dictionaries.ts";
import * as OpenCC from "opencc-js";
const c = chainFor("cn", "tw")!;
for (const w of process.argv.slice(2))
  console.log(
    w,
    phraseDictionary().get(w),
    c.stages[0]!.get(w),
    c.segmentation?.get(w),
    c.stages[1]?.get(c.stages[0]!.get(w) ?? ""),
    OpenCC.Converter({ from: "cn", to: "tw" })(w),
    OpenCC.Converter({ from: "cn", to: "t" })(w),
  );
