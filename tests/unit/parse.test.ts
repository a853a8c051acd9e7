import { describe, expect, it } from "vitest";
import { parseArticle, parseArticles } from "../../src/lib/article/parse.ts";
import type { Converter } from "../../src/lib/script/converter.ts";
import { article, converter as realConverter, parse } from "../support/articles.ts";

const messages = (markdown: string) =>
  parse(markdown).diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.message}`);

describe("parseArticle: good articles", () => {
  it("reads front matter, lead and sections into both editions", () => {
    const { article: parsed, diagnostics } = parse(
      article(
        "导语第一段。\n\n导语第二段。\n\n## 第一节\n\n正文*强调*和[链接](https://example.org/a)。\n\n- 列表一\n- 列表二\n\n## 第二节\n\n> 引文\n",
        "breadcrumb:\n  - 首页\n  - 要闻\nreprintedFrom: 《人民日报》\nauthor: 王明\nscript: hans\n",
      ),
    );
    expect(diagnostics).toEqual([]);
    expect(parsed).toBeDefined();
    if (!parsed) return;
    expect(parsed.slug).toBe("test");
    expect(parsed.date).toBe("2024-03-05");
    expect(parsed.script).toBe("hans");
    const hans = parsed.editions["zh-hans"]!;
    expect(hans.title).toBe("测试标题");
    expect(hans.breadcrumb).toEqual(["首页", "要闻"]);
    expect(hans.reprintedFrom).toBe("《人民日报》");
    expect(hans.author).toBe("王明");
    expect(hans.sections.map((s) => s.heading)).toEqual([null, "第一节", "第二节"]);
    expect(hans.sections[0]?.html).toBe("<p>导语第一段。</p>\n<p>导语第二段。</p>");
    expect(hans.sections[1]?.html).toContain('<em>强调</em>和<a href="https://example.org/a">链接</a>');
    expect(hans.sections[1]?.html).toContain("<li>列表一</li>");
    expect(hans.sections[2]?.html).toContain("<blockquote>");
    const hant = parsed.editions["zh-hant"]!;
    expect(hant.title).toBe("測試標題");
    expect(hant.source).toBe("新華社");
    expect(hant.breadcrumb).toEqual(["首頁", "要聞"]);
    expect(hant.sections.map((s) => s.heading)).toEqual([null, "第一節", "第二節"]);
    expect(hant.sections.map((s) => s.id)).toEqual(hans.sections.map((s) => s.id));
    expect(hans.summary).toBe("导语第一段。");
    expect(hant.summary).toBe("導語第一段。");
  });

  it("accepts BOM and CRLF, uses the file name as slug and detects the script", () => {
    const crlf = `\uFEFF${article("這是繁體中文的文章，講述颱風過後的重建。")}`.replace(/\n/g, "\r\n");
    const { article: parsed, diagnostics } = parse(crlf, { defaultSlug: "2024-typhoon" });
    expect(diagnostics).toEqual([]);
    expect(parsed?.slug).toBe("2024-typhoon");
    expect(parsed?.script).toBe("hant");
    expect(parsed?.editions["zh-hans"]?.sections[0]?.html).toContain("这是繁体中文的文章，讲述台风过后的重建。");
  });

  it("gives each heading an anchor from its Simplified text, the same in both scripts", () => {
    const { article: parsed } = parse(
      article("导语。\n\n## 網絡安全\n\n甲。\n\n## 網絡安全\n\n乙。", "script: hant\n"),
    );
    expect(parsed?.editions["zh-hant"]?.sections.map((s) => s.id)).toEqual([null, "s-网络安全", "s-网络安全-1"]);
    expect(parsed?.editions["zh-hans"]?.sections.map((s) => s.id)).toEqual([null, "s-网络安全", "s-网络安全-1"]);
  });

  it("prefixes heading anchors, so that none equals a page id or clobbers a global", () => {
    const { article: parsed } = parse(article("导语。\n\n## main\n\n甲。\n\n## __pwned\n\n乙。\n\n## s-main\n\n丙。"));
    expect(parsed?.editions["zh-hans"]?.sections.map((s) => s.id)).toEqual([null, "s-main", "s-__pwned", "s-s-main"]);
    const raw = parse(article('<a id="main" name="__pwned">甲</a>')).article?.editions["zh-hans"]?.sections[0]?.html;
    expect(raw).toContain('id="user-content-main"');
    expect(raw).toContain('name="user-content-__pwned"');
  });

  it("prefixes the base path to root-relative links, never to external ones", () => {
    const { article: parsed } = parse(article("见[另一篇](/zh-hans/other/)和[外站](https://example.org/x)。"), {
      base: "/news/",
    });
    const html = parsed?.editions["zh-hans"]?.sections[0]?.html ?? "";
    expect(html).toContain('href="/news/zh-hans/other/"');
    expect(html).toContain('href="https://example.org/x"');
  });
});

describe("parseArticle: bad articles are reported with positions", () => {
  it("reports an empty file", () => {
    expect(messages("")).toEqual([expect.stringMatching(/^1:1 error The file is empty/)]);
  });

  it("reports a missing front matter block", () => {
    expect(messages("正文。\n")).toEqual([expect.stringMatching(/^1:1 error No front matter/)]);
  });

  it("reports missing and empty required keys, bad dates and unknown keys together", () => {
    const result = messages('---\ntitle: ""\ndate: 2021-02-30\nsoruce: 新华社\n---\n\n正文。\n');
    expect(result).toEqual(
      expect.arrayContaining([
        '2:8 error "title" is empty: write the headline.',
        '3:7 error "date" is not a real calendar day: check the month and day.',
        '4:1 warning Unknown front matter key "soruce" is ignored; did you mean "source"?',
        '1:1 error Missing required front matter key "source": add a `source: …` line between the `---` lines.',
      ]),
    );
    expect(result).toHaveLength(4);
  });

  it("reports dates in other forms", () => {
    expect(messages(article("正文。").replace("2024-03-05", "2024年3月5日"))).toEqual([
      '3:7 error "date" must be written YYYY-MM-DD: write it as digits with hyphens, here 2024-03-05 (a time may follow: 2021-12-06 08:30).',
    ]);
  });

  it("reports broken YAML at its line", () => {
    const result = messages("---\ntitle: [未闭合\ndate: 2024-01-01\nsource: x\n---\n\n正文。\n");
    expect(result[0]).toMatch(/^\d+:\d+ error Front matter is not valid YAML/);
  });

  it("reports a body with no text, a # heading, a skipped heading level and bad markup", () => {
    expect(messages(article(""))).toEqual([expect.stringMatching(/^6:1 error The article has no text/)]);
    expect(messages(article("# 标题\n\n正文。"))).toEqual([
      expect.stringMatching(/^7:1 error Use `##` for section headings/),
    ]);
    expect(messages(article("正文。\n\n#### 小节\n\n正文。"))).toEqual([
      "9:1 error Heading level 4 (####) skips a level after the title: use ## here, or add the missing level above it.",
    ]);
    expect(messages(article("正文 -{未闭合。"))).toEqual([
      expect.stringMatching(/^7:4 error Unclosed conversion markup/),
    ]);
  });

  it("reports bad values of optional keys", () => {
    const result = messages(article("正文。", "script: latin\noriginalUrl: javascript:alert(1)\n"));
    expect(result).toEqual([
      '5:9 error "script" must be hans (Simplified) or hant (Traditional): write one of the two, or remove the line to detect it.',
      '6:14 error "originalUrl" must be a web address: write it in full, starting with https:// or http://.',
    ]);
  });

  it("reports images missing next to the article or from public/", () => {
    const result = parse(article("![图](photo.jpg)\n\n![图](/media/none.jpg)"), {
      assetExists: () => false,
    }).diagnostics;
    expect(result.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '7:1 Image "photo.jpg" does not exist next to the article: add content/photo.jpg or fix the path.',
      '9:1 Image "/media/none.jpg" does not exist: add public/media/none.jpg or fix the path.',
    ]);
  });
});

describe("parseArticle: raw HTML never becomes live code", () => {
  it("removes scripts, event handlers, javascript: links and iframes", () => {
    const { article: parsed } = parse(
      article(
        '<script>window.pwned=1</script>\n\n<img src="x" onerror="window.pwned=1">\n\n[点我](javascript:alert(1))\n\n<iframe src="https://evil.example"></iframe>\n\n<p onclick="x()">段落<b>粗体</b></p>',
      ),
    );
    const html = parsed?.editions["zh-hans"]?.sections.map((s) => s.html).join("\n") ?? "";
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<iframe/i);
    expect(html).toContain("<b>粗体</b>");
  });
});

describe("parseArticle: images from other hosts", () => {
  it("warns that they will not load, and accepts the article", () => {
    const outcome = parse(article("![图](https://example.org/a.jpg)\n\n![坏](/media/%E0.jpg)"), {
      assetExists: () => false,
    });
    expect(outcome.article).toBeUndefined();
    expect(outcome.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity}`)).toEqual(["7:1 warning", "9:1 error"]);
    expect(outcome.diagnostics[0]?.message).toMatch(/another host: pages load nothing from other hosts/);
    expect(parse(article("![图](https://example.org/a.jpg)")).article).toBeDefined();
  });
});

describe("parseArticles: many articles, one conversion", () => {
  const options = (name: string, converter = realConverter) => ({
    file: `content/${name}.md`,
    defaultSlug: name,
    converter,
  });

  it("gives each article the editions it would get alone", () => {
    const sources = [
      "青岛市委机要保密局组织培训。\n\n## 第一节\n\n干部参加。",
      "颱風過境後，各地展開重建。\n\n## 復原\n\n市府動員人力。",
    ];
    const batch = parseArticles(sources.map((body, i) => ({ source: article(body), options: options(`a${i}`) })));
    const alone = sources.map((body, i) => parseArticle(article(body), options(`a${i}`)));
    expect(batch).toEqual(alone);
    expect(batch[0]?.article?.editions["zh-hant"]?.sections[1]?.html).toContain("幹部參加");
    expect(batch[1]?.article?.editions["zh-hans"]?.sections[0]?.html).toContain("台风过境后");
  });

  it("reports a conversion failure against its own article only", () => {
    const failing: Converter = {
      ...realConverter,
      convertMany: (texts, from, to, rules) => {
        if (texts.some((text) => text.includes("故障"))) throw new Error("converter failure");
        return realConverter.convertMany(texts, from, to, rules);
      },
    };
    const [broken, fine] = parseArticles([
      { source: article("这一段会让转换出故障。"), options: options("broken", failing) },
      { source: article("这一段正常。"), options: options("fine", failing) },
    ]);
    expect(broken?.article).toBeUndefined();
    expect(broken?.diagnostics.map((d) => d.message)).toEqual([
      "Internal error while reading this article (converter failure): please report it to the developers with this file.",
    ]);
    expect(fine?.diagnostics).toEqual([]);
    expect(fine?.article?.editions["zh-hant"]?.sections[0]?.html).toContain("這一段正常");
  });
});
