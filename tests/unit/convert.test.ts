import { describe, expect, it } from "vitest";
import { getScriptConverter } from "../../src/lib/script/converter.ts";
import { tokenizeMarkup } from "../../src/lib/script/markup.ts";
import { article, converter, parse } from "../support/articles.ts";

describe("script conversion", () => {
  it("converts Simplified to Taiwan Traditional and back", () => {
    expect(converter.convertText("保密干部较大范围改革后", "hans", "hant")).toBe("保密幹部較大範圍改革後");
    expect(converter.convertText("頭髮與颱風承載著", "hant", "hans")).toBe("头发与台风承载着");
    expect(converter.convertText("不变", "hans", "hans")).toBe("不变");
  });

  it("applies the site's overrides for opencc mistakes in both directions", () => {
    expect(converter.convertText("电话被发明了", "hans", "hant")).toBe("電話被發明了");
    expect(converter.convertText("本文展示了如何转换", "hans", "hant")).toBe("本文展示了如何轉換");
    const plain = getScriptConverter({ traditional: "tw", overrides: [] });
    expect(plain.convertText("电话被发明了", "hans", "hant")).toBe("電話被髮明瞭");
    const custom = getScriptConverter({ traditional: "tw", overrides: [{ hans: "乾隆", hant: "乾隆" }] });
    expect(custom.convertText("乾隆", "hant", "hans")).toBe("乾隆");
  });

  it("lets the site choose another Traditional standard", () => {
    const hk = getScriptConverter({ traditional: "hk", overrides: [] });
    expect(hk.convertText("着", "hans", "hant")).toBe("着");
    expect(converter.convertText("着", "hans", "hant")).toBe("著");
    const phrases = getScriptConverter({ traditional: "twp", overrides: [] });
    expect(phrases.convertText("软件", "hans", "hant")).toBe("軟體");
  });

  it("resolves -{…}- markup: exempt spans and explicit per-script text", () => {
    expect(converter.convertMarked("-{干}-部与干部", "hans", "hant")).toBe("干部與幹部");
    expect(converter.convertMarked("-{zh-hans:鼠标;zh-hant:滑鼠}-坏了", "hans", "hant")).toBe("滑鼠壞了");
    expect(converter.convertMarked("-{zh-hans:鼠标;zh-hant:滑鼠}-坏了", "hans", "hans")).toBe("鼠标坏了");
    expect(tokenizeMarkup("a -{b").errors).toHaveLength(1);
    expect(tokenizeMarkup("-{zh-hans:只有一种}-").errors).toEqual([
      { offset: 0, message: "Conversion markup with variants needs both zh-hans:… and zh-hant:…." },
    ]);
  });

  it("never touches URLs, link targets, code or front-matter keys", () => {
    const { article: parsed } = parse(
      article(
        '访问[发展网](https://example.org/发展/后台?q=干部)，代码 `const 干部 = 1` 不变。\n\n```\n干部 后台\n```\n\n![干部照片](https://example.org/干部.jpg "干部标题")',
        "script: hans\n",
      ),
    );
    const html = parsed?.editions.hant.sections[0]?.html ?? "";
    expect(html).toContain('href="https://example.org/%E5%8F%91%E5%B1%95/%E5%90%8E%E5%8F%B0?q=%E5%B9%B2%E9%83%A8"');
    expect(html).toContain(">發展網</a>");
    expect(html).toContain("<code>const 干部 = 1</code>");
    expect(html).toContain("<code>干部 后台\n</code>");
    expect(html).toContain('alt="幹部照片"');
    expect(html).toContain('title="幹部標題"');
    expect(html).toContain('src="https://example.org/%E5%B9%B2%E9%83%A8.jpg"');
  });

  it("converts markup inside the body and front matter", () => {
    const { article: parsed } = parse(
      article("我们用-{zh-hans:鼠标;zh-hant:滑鼠}-和-{后}-字。", "summary: -{后}-记\nscript: hans\n"),
    );
    expect(parsed?.editions.hant.sections[0]?.html).toBe("<p>我們用滑鼠和后字。</p>");
    expect(parsed?.editions.hans.sections[0]?.html).toBe("<p>我们用鼠标和后字。</p>");
    expect(parsed?.editions.hant.summary).toBe("后記");
  });
});
