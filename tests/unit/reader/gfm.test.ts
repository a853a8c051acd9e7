/** GitHub-flavoured Markdown in articles: tables, autolinks, strikethrough, footnotes, sanitized like the rest. */
import { describe, expect, it } from "vitest";
import { isNumeric } from "../../../src/lib/article/plugins/tables.ts";
import { breakLongWords } from "../../../src/lib/site/long-words.ts";
import { article, parse } from "../../support/articles.ts";

const html = (body: string) => {
  const { article: parsed, diagnostics } = parse(article(body, "script: hant\n"));
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return (parsed?.editions["zh-hant"]?.sections ?? []).map((s) => s.html).join("\n");
};

describe("GFM", () => {
  it("publishes a pipe table as a table, numbers right-aligned", () => {
    const out = html(
      "| 指數 | 收市 | 升跌 |\n| --- | ---: | --- |\n| 恒生指數 | 22,845.1 | +1.39% |\n| 國企指數 | 8,213.7 | -0.52% |\n",
    );
    expect(out).toContain("<table>");
    expect(out).toMatch(/<td align="right">22,845\.1<\/td>/);
    // A column of numbers without alignment in the Markdown: cells and header aligned right.
    expect(out).toMatch(/<th align="right">升跌<\/th>/);
    expect(out).toMatch(/<td>恒生指數<\/td>/);
    expect(out).not.toContain("| ---");
  });

  it("keeps a raw HTML table's caption and strips what the sanitizer strips", () => {
    const out = html(
      '<table onclick="x()"><caption>表一　主要指數</caption><tr><th>指數</th><th>點</th></tr><tr><td>日經</td><td>38,120</td></tr></table>\n',
    );
    expect(out).toContain("<caption>表一　主要指數</caption>");
    expect(out).not.toContain("onclick");
    expect(out).toMatch(/<th align="right">點<\/th>/);
  });

  it("links bare URLs, strikes through, and numbers footnotes", () => {
    const out = html(
      "報告全文見 https://www.example.org/reports/2025/annual-financial-stability-review-full-text.pdf 。\n\n價格~~一百元~~八十元。[^1]\n\n[^1]: 據公司公告。\n",
    );
    expect(out).toMatch(/<a href="https:\/\/www\.example\.org\/reports[^"]*" class="np-url">https:/);
    expect(out).toContain("<del>一百元</del>");
    expect(out).toMatch(/<sup><a href="#user-content-fn-1"/);
    expect(out).toContain("據公司公告");
    expect(out).toContain("data-footnotes");
  });

  it("numbers footnotes through the article and lists each after the section that cites it", () => {
    const out = html("導語[^a]。\n\n## 第二節\n\n正文[^b]。\n\n[^a]: 註一。\n[^b]: 註二。\n");
    const [first = "", second = ""] = out.split("<p>正文");
    expect(first).toMatch(/href="#user-content-fn-a"[^>]*>1<\/a>/);
    expect(first).toContain('<li id="user-content-fn-a">');
    expect(second).toMatch(/href="#user-content-fn-b"[^>]*>2<\/a>/);
    expect(second).toContain('<ol start="2">');
    expect(second).toContain('<li id="user-content-fn-b">');
    const ids = [...out.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("lets long words and addresses in plain text break anywhere, on the page, leaving the text as written", () => {
    const word = "Pneumonoultramicroscopicsilicovolcanoconiosis";
    const out = html(`病名 ${word} 很長，代碼 \`${word}\` 不變，連結 [${word}](https://example.org/)。`);
    expect(out).not.toContain('np-url">Pneumono');
    const page = breakLongWords(out);
    expect(page).toContain(`病名 <span class="np-url">${word}</span> 很長`);
    expect(page).toContain(`<code>${word}</code>`);
    expect(page).toContain(`<a href="https://example.org/">${word}</a>`);
    expect(page.replace(/<[^>]+>/g, "")).toBe(out.replace(/<[^>]+>/g, ""));
    // Written right against Chinese text, with no space: still found on its own; Chinese never is.
    expect(breakLongWords(`<p>病名${word}很長</p>`)).toBe(`<p>病名<span class="np-url">${word}</span>很長</p>`);
    const longChinese = "這是一段沒有任何標點符號而且遠遠超過二十四個漢字長度的中文句子";
    expect(breakLongWords(`<p>${longChinese}</p>`)).toBe(`<p>${longChinese}</p>`);
  });

  it("never breaks a word inside a tag whose attribute holds >", () => {
    const photo = `<img alt="小图 > &#x22;引号&#x22; ${"x".repeat(30)}" src="/_astro/photo.abcdefghijklmnopqrstuvwxyz.webp">`;
    expect(breakLongWords(`<p>文字${photo}后文</p>`)).toBe(`<p>文字${photo}后文</p>`);
    expect(breakLongWords(`<p><!-- a > b ${"y".repeat(30)} -->文字</p>`)).toBe(
      `<p><!-- a > b ${"y".repeat(30)} -->文字</p>`,
    );
  });

  it("tells numbers from words", () => {
    for (const text of ["22,845.1", "+1.39%", "(12.5)", "3.2億", "-0.52%", "US$ 1,200", "１"]) {
      expect(isNumeric(text), text).toBe(text !== "１");
    }
    for (const text of ["恒生指數", "2025年", "A股", ""]) expect(isNumeric(text), text).toBe(false);
  });
});
