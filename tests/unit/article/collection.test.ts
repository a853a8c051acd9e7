/** Checks across articles, and the message format. */
import { describe, expect, it } from "vitest";
import { duplicateSlugs } from "../../../src/lib/article/collection.ts";
import { formatDiagnostic } from "../../../src/lib/article/diagnostics.ts";

describe("duplicateSlugs", () => {
  it("reports each article at its slug: line, naming the others there; letter case does not make slugs differ", () => {
    const found = duplicateSlugs([
      { slug: "Qingdao", file: "content/a.md", slugAt: { line: 5, column: 7 } },
      { slug: "qingdao", file: "content/b.md" },
      { slug: "other", file: "content/c.md" },
    ]);
    expect(found.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.message}`)).toEqual([
      'content/a.md:5:7 duplicate-slug Slug "Qingdao" is also used by content/b.md: change one of the `slug:` lines.',
      'content/b.md:1:1 duplicate-slug Slug "qingdao" (from the file name) is also used by content/a.md:5:7: rename one of the files, or set a different `slug:` in one of them.',
    ]);
  });
});

describe("formatDiagnostic", () => {
  it("writes file:line:column: severity: message [rule]", () => {
    expect(
      formatDiagnostic({
        file: "content/a.md",
        line: 3,
        column: 7,
        severity: "error",
        message: '"date" is not a real calendar day: check the month and day.',
        ruleId: "invalid-value",
      }),
    ).toBe('content/a.md:3:7: error: "date" is not a real calendar day: check the month and day. [invalid-value]');
  });
});
