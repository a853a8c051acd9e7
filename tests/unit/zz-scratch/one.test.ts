import { readFileSync } from "node:fs";
import { it } from "vitest";
import { parse } from "../..//support/articles.ts";
it("x", () => { const f = process.env.F!; const o = parse(readFileSync(f, "utf8"), { defaultSlug: "x" }); for (const d of o.diagnostics) console.log(`${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`); console.log(JSON.stringify(o.article?.editions["zh-hans"]?.tags)); });
