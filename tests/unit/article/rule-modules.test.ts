/** Each article rule module against its fixtures (tests/fixtures/rules/<module>/). */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../src/lib/article/parse.ts";
import { ARTICLE_RULES } from "../../../src/lib/article/rules/index.ts";
import { RULES } from "../../../src/lib/article/rules/registry.ts";
import { converter } from "../../support/articles.ts";
import { ROOT } from "../../support/site.ts";

const DIR = join(ROOT, "tests/fixtures/rules");

function ruleIds(folder: string, name: string): string[] {
  const path = join(DIR, folder, name);
  const outcome = parseArticle(readFileSync(path, "utf8"), {
    file: `tests/fixtures/rules/${folder}/${name}`,
    path,
    defaultSlug: basename(name, ".md"),
    converter,
  });
  return outcome.diagnostics.map((d) => d.ruleId ?? "-");
}

describe.each(ARTICLE_RULES.map((rule) => [rule.meta.id, rule] as const))("rule module %s", (id, rule) => {
  const fixtures = readdirSync(join(DIR, id)).filter((name) => name.endsWith(".md"));

  it("has a doc line, registered rule ids, and fixtures that pass and fail", () => {
    expect(rule.meta.doc).toMatch(/^[A-Z].*\.$/);
    for (const emitted of rule.meta.emits) expect(RULES).toHaveProperty(emitted);
    expect(fixtures.some((name) => name.startsWith("pass-"))).toBe(true);
    expect(fixtures.some((name) => name.startsWith("fail-"))).toBe(true);
  });

  it.each(fixtures)("%s", (name) => {
    const found = ruleIds(id, name).filter((ruleId) => (rule.meta.emits as readonly string[]).includes(ruleId));
    if (name.startsWith("pass-")) expect(found).toEqual([]);
    else expect(found.length).toBeGreaterThan(0);
  });
});
