import { describe, expect, it } from "vitest";
import { getConverter } from "../../../src/lib/script/converter.ts";
import { loadSiteConfig, type SiteConfigInput } from "../../../src/lib/site/config.ts";
import { readFileSync } from "node:fs";
import { article, parse } from "../../support/articles.ts";

const RULES = "conversion:\n  rules:\n    - { zh-hans: 悉尼, zh-hant: 悉尼, zh-tw: 雪梨 }\n  groups: [people]\n";

describe("article conversion rules in front matter", () => {
  it("apply to the whole article, a regional spelling only in that region's edition", () => {
    const body = "代表团抵达悉尼。悉尼市长表示欢迎。";
    const plain = parse(article(body, "script: hans\n")).article;
    expect(plain?.editions["zh-hant"]?.sections[0]?.html).toBe("<p>代表團抵達悉尼。悉尼市長表示歡迎。</p>");
    const three = loadSiteConfig(
      JSON.parse(readFileSync("tests/fixtures/sites/three-editions.json", "utf8")) as SiteConfigInput,
    );
    const { article: parsed, diagnostics } = parse(article(body, `script: hans\n${RULES}`), {
      converter: getConverter(three.conversion),
    });
    expect(diagnostics).toEqual([]);
    // zh-Hant-TW takes the zh-tw text everywhere in the article; Hong Kong keeps the zh-hant one.
    expect(parsed?.editions["zh-hant"]?.sections[0]?.html).toBe("<p>代表團抵達雪梨。雪梨市長表示歡迎。</p>");
    expect(parsed?.editions["zh-hant-hk"]?.sections[0]?.html).toContain("抵達悉尼");
    expect(parsed?.editions["zh-hans"]?.sections[0]?.html).toBe(`<p>${body}</p>`);
  });

  it("reports unknown tags, one-script rules and unknown groups at their place", () => {
    const { article: parsed, diagnostics } = parse(
      article("正文。", "conversion:\n  rules:\n    - { zh-xx: a }\n  groups: [nope]\n"),
    );
    expect(parsed).toBeUndefined();
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.severity}`)).toEqual([
      "7:7 error",
      "7:7 error",
      "8:11 error",
    ]);
    expect(diagnostics.map((d) => d.message).join("\n")).toMatch(/zh-xx[\s\S]*zh-hans and a zh-hant[\s\S]*"nope"/);
  });
});
