/**
 * The rule registry (src/lib/article/rules/registry.ts) against the code and the README. The
 * compiler is the first check: `report()` and diagnostics take a `RuleId`, so a rule id missing
 * from the registry does not compile. These tests keep the README's table and the registry in step.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULE_IDS, RULES, ruleTable } from "../../../src/lib/article/rules/registry.ts";
import { ROOT } from "../../support/site.ts";

/** The README's message table: rule id → [where, severity, what it means]. */
function readmeRules(): Map<string, string[]> {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const rows = new Map<string, string[]>();
  for (const line of readme.split("\n")) {
    const cells = /^\|\s*`([a-z0-9-]+)`\s*\|(.*)\|\s*$/.exec(line);
    if (cells?.[1] === undefined || cells[2] === undefined) continue;
    const rest = cells[2].split("|").map((cell) => cell.trim());
    if (rest.length === 3) rows.set(cells[1], rest);
  }
  return rows;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|mjs|astro)$/.test(name) ? [path] : [];
  });
}

describe("rule registry", () => {
  it("is the README's message table, row for row", () => {
    const readme = readmeRules();
    const expected = new Map(RULE_IDS.map((id) => [id, [RULES[id].area, RULES[id].severity, RULES[id].doc]]));
    const hint = `README "Messages" should hold this table (prettier may align it):\n${ruleTable()}`;
    expect(Object.fromEntries(readme), hint).toEqual(Object.fromEntries(expected));
  });

  it("lists only rule ids the code reports", () => {
    const registry = join(ROOT, "src/lib/article/rules/registry.ts");
    const code = sources(join(ROOT, "src"))
      .filter((path) => path !== registry)
      .map((path) => readFileSync(path, "utf8"))
      .join("\n");
    // A rule id is passed as a string, or (the importer's messages) written in brackets after the text.
    expect(RULE_IDS.filter((id) => !code.includes(`"${id}"`) && !code.includes(`[${id}]`))).toEqual([]);
  });

  it("has ids in kebab case with a one-line description", () => {
    for (const id of RULE_IDS) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(RULES[id].doc).toMatch(/^[A-Z`U].*[.)]$/);
      expect(RULES[id].doc).not.toContain("\n");
    }
  });
});
