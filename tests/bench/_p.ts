import { getConverter } from "../../src/lib/script/converter.ts";
const tw = { id: "tw", lang: "zh-Hant-TW", script: "hant", standard: "tw", variants: {}, quotes: "keep" } as const;
const H = { script: "hans", standard: "cn" } as const;
const a = getConverter({ editions: [], overrides: [], groups: [] });
for (const t of process.argv.slice(2)) console.log(t, a.convert(t, H, tw));
