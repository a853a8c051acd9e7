/**
 * Conversion markup split by inline Markdown (`-{**发**}-`), and web addresses in prose, which are
 * shown as written in every edition, through the parser as the build runs it.
 */
import { describe, expect, it } from "vitest";
import { splitUrls } from "../../../src/lib/script/converter.ts";
import { article, HANS, HANT, parse } from "../../support/articles.ts";

const html = (body: string, edition: string, front = "script: hans\n") => {
  const { article: parsed, diagnostics } = parse(article(body, front));
  return { html: parsed?.editions[edition]?.sections.map((section) => section.html).join("\n") ?? "", diagnostics };
};

describe("conversion markup around inline markup", () => {
  it("keeps a closed -{…}- span with emphasis inside as written, with no error", () => {
    for (const body of ["头-{**发**}-很长。", "头-{发*展*}-很长。", "看-{[发展](https://example.org/a)}-吧。"]) {
      const { html: hant, diagnostics } = html(body, HANT);
      expect(diagnostics).toEqual([]);
      expect(hant).not.toContain("-{");
      expect(hant).not.toContain("}-");
      expect(hant).toMatch(/发/u);
    }
    expect(html("头-{**发**}-很长。", HANT).html).toBe("<p>頭<strong>发</strong>很長。</p>");
  });

  it("still reports markup that is really unclosed, and per-script spans with inline markup inside", () => {
    expect(html("正文 -{未闭合**强调**。", HANT).diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(/^Unclosed conversion markup/),
    ]);
    const variants = html("正文 -{zh-hans:**干**;zh-hant:幹}-。", HANT).diagnostics.map((d) => d.message);
    expect(variants).toEqual([expect.stringMatching(/must be plain text: put emphasis or a link around the whole/)]);
  });
});

describe("web addresses", () => {
  it("never converts an address shown as text (autolinks, literal URLs, link text)", () => {
    const body =
      "见 <https://example.com/发展>、https://example.com/发展/干 和 [https://example.com/后台](https://example.com/后台)。发展很快。";
    const { html: hant, diagnostics } = html(body, HANT);
    expect(diagnostics).toEqual([]);
    expect(hant).toContain(">https://example.com/发展</a>");
    expect(hant).toContain("https://example.com/发展/干");
    expect(hant).toContain(">https://example.com/后台</a>");
    expect(hant).toContain("發展很快");
    expect(hant).not.toMatch(/發展<\/a>|發展\/幹|後臺<\/a>/u);
  });

  it("keeps a Traditional address in the Simplified edition", () => {
    const { html: hans } = html("請看 www.example.tw/發展 的報導。", HANS, "script: hant\n");
    expect(hans).toContain("www.example.tw/發展");
    expect(hans).toContain("请看");
  });

  it("splits prose from addresses, leaving sentence punctuation outside", () => {
    expect(splitUrls("见https://a.cn/发展。后来")).toEqual(["见", "https://a.cn/发展", "。后来"]);
    expect(splitUrls("(see https://a.cn/x).")).toEqual(["(see ", "https://a.cn/x", ")."]);
    // Chinese written right after an address is the sentence; as a path part of its own, the address.
    expect(splitUrls("登录网址www.example.gov.cn/query-2024查询补贴发放进度，也可")).toEqual([
      "登录网址",
      "www.example.gov.cn/query-2024",
      "查询补贴发放进度，也可",
    ]);
    expect(splitUrls("见https://zh.wikipedia.org/wiki/矽肺病?q=发展。")).toEqual([
      "见",
      "https://zh.wikipedia.org/wiki/矽肺病?q=发展",
      "。",
    ]);
    expect(splitUrls("没有地址")).toEqual(["没有地址"]);
  });
});

describe("conversion markup around removed HTML", () => {
  it("reports a span whose inside the sanitizer removed, and one around an image, instead of publishing it", () => {
    for (const body of ["-{<script>window.__pwned=1</script>}-", '前-{<img src="x.png" alt="发">}-后']) {
      const { article: parsed, diagnostics } = parse(article(body, "script: hans\n"));
      expect(parsed).toBeUndefined();
      expect(diagnostics.map((d) => d.message)).toContainEqual(expect.stringMatching(/^Unclosed conversion markup/));
    }
  });
});
