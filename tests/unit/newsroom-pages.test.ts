/** The page layer's helpers on their own: related stories, sections/tags/authors, pictures, sharing, search marks, dates. */
import { describe, expect, it } from "vitest";
import type { ArticleSummary, EditionHeader } from "../../src/lib/article/schema.ts";
import { formatPublished } from "../../src/lib/site/dates.ts";
import { highlightRanges } from "../../src/lib/site/highlight.ts";
import { bodyImageKeys, replaceBodyImages, widthsFor } from "../../src/lib/site/picture.ts";
import { relatedStories } from "../../src/lib/site/related.ts";
import { shareLinks } from "../../src/lib/site/share.ts";
import { groupBy, orderSections, sectionTerms, tagTerms } from "../../src/lib/site/taxonomy.ts";

type Extra = { tags?: string[]; authors?: string[]; category?: string };
/** An article in two editions; tags, authors and category given in Simplified, "converted" by a marker. */
function story(slug: string, date: string, extra: Extra = {}): ArticleSummary {
  const header = (mark: string): EditionHeader =>
    ({
      title: `${slug}${mark}`,
      source: "新华社",
      breadcrumb: ["新华网", `旧栏目${mark}`],
      summary: "摘要",
      ...(extra.tags ? { tags: extra.tags.map((tag) => `${tag}${mark}`) } : {}),
      ...(extra.authors ? { authors: extra.authors } : {}),
      ...(extra.category ? { category: `${extra.category}${mark}` } : {}),
    }) as EditionHeader;
  return { slug, date, editions: { "zh-hant": header("·"), "zh-hans": header("") } };
}

describe("related stories", () => {
  const articles = [
    story("e", "2024-05-05", { tags: ["台风", "高雄"], category: "社会" }),
    story("d", "2024-05-04", { tags: ["台风"], category: "经济" }),
    story("c", "2024-05-03", { category: "社会" }),
    story("b", "2024-05-02", { tags: ["台风", "高雄"], category: "社会" }),
    story("a", "2024-05-01", { tags: ["外贸"], category: "经济" }),
  ];

  it("puts the most shared tags and section first, then the nearest in time, never the article itself", () => {
    const related = relatedStories(articles);
    expect(related.get("b")?.map((article) => article.slug)).toEqual(["e", "d", "c"]);
    expect(related.get("e")?.map((article) => article.slug)).toEqual(["b", "d", "c"]);
    expect(related.get("a")?.map((article) => article.slug)).toEqual(["d"]);
  });

  it("ranks a story by the same author or on the same subject in another section above a mere section neighbour", () => {
    const pool = [
      story("x", "2024-06-05", { category: "社会" }),
      story("y", "2024-06-04", { authors: ["林嘉欣"], category: "财经" }),
      story("z", "2024-06-03", { tags: ["央行"], category: "国际" }),
      story("w", "2024-06-01", { tags: ["央行"], authors: ["林嘉欣"], category: "社会" }),
    ];
    expect(
      relatedStories(pool)
        .get("w")
        ?.map((article) => article.slug),
    ).toEqual(["z", "y", "x"]);
  });
});

describe("sections, tags and authors", () => {
  it("group articles under readable unique slugs, with names per edition", () => {
    const articles = [
      story("a", "2024-01-02", { tags: ["台风", "防灾"], category: "社会" }),
      story("b", "2024-01-01", { tags: ["防灾"], category: "社会" }),
    ];
    const tags = groupBy(articles, tagTerms, "tag");
    expect(
      tags.map((group) => [group.term.slug, group.term.name["zh-hans"], group.articles.map((a) => a.slug)]),
    ).toEqual([
      ["fang-zai", "防灾", ["a", "b"]],
      ["tai-feng", "台风", ["a"]],
    ]);
    expect(tags[0]?.term.name["zh-hant"]).toBe("防灾·");
    const sections = groupBy(articles, sectionTerms, "section");
    expect(sections.map((group) => group.term.slug)).toEqual(["she-hui"]);
  });

  it("falls back to the breadcrumb's last level, and orders sections by the configured list, then by size", () => {
    const articles = [
      story("a", "2024-01-03"),
      story("b", "2024-01-02", { category: "体育" }),
      story("c", "2024-01-01", { category: "体育" }),
      story("d", "2024-01-01", { category: "国际" }),
    ];
    const groups = groupBy(articles, sectionTerms, "section");
    expect(orderSections(groups).map((group) => group.term.name["zh-hans"])).toEqual(["体育", "国际", "旧栏目"]);
    expect(orderSections(groups, ["国际"]).map((group) => group.term.name["zh-hans"])).toEqual([
      "国际",
      "体育",
      "旧栏目",
    ]);
  });
});

describe("pictures", () => {
  it("encodes the widths a photo can fill, or its own width when smaller", () => {
    expect(widthsFor({ width: 4000 })).toEqual([360, 640, 960, 1280]);
    expect(widthsFor({ width: 1000 })).toEqual([360, 640, 960]);
    expect(widthsFor({ width: 300 })).toEqual([300]);
  });

  it("replaces body images by their pictures; a lost one shows its own alt text, never its path", async () => {
    const html =
      '<figure><img data-np-src="content/a&#x26;b.jpg" alt="甲 > &#x22;乙&#x22;"><figcaption>说明</figcaption></figure>' +
      '<figure><img data-np-src="content/broken.jpg" alt="乙"><figcaption>坏图</figcaption></figure>' +
      '<p><img src="/media/x.jpg" data-np-src="content/x.jpg" alt="丙 &#x3C;b>"></p>' +
      '<p><img alt="x data-np-src=" data-np-src="content/a&#x26;b.jpg"></p>';
    expect(bodyImageKeys(html)).toEqual(["content/a&b.jpg", "content/broken.jpg", "content/x.jpg", "content/a&b.jpg"]);
    const out = await replaceBodyImages(html, new Map([["content/a&b.jpg", "<picture>P</picture>"]]));
    expect(out).toBe(
      "<figure><picture>P</picture><figcaption>说明</figcaption></figure>" +
        '<figure><span class="np-photo-lost">乙</span><figcaption>坏图</figcaption></figure>' +
        '<p><span class="np-photo-lost">丙 &lt;b&gt;</span></p>' +
        "<p><picture>P</picture></p>",
    );
    expect(out).not.toContain("content/");
  });
});

describe("share links", () => {
  it("are the services' own share URLs with the page's address and title encoded", () => {
    const links = Object.fromEntries(
      shareLinks("https://news.example.org/zh-hans/a b.html", "标题&“引号”").map((l) => [l.id, l.href]),
    );
    expect(links["weibo"]).toBe(
      "https://service.weibo.com/share/share.php?url=https%3A%2F%2Fnews.example.org%2Fzh-hans%2Fa+b.html&title=%E6%A0%87%E9%A2%98%26%E2%80%9C%E5%BC%95%E5%8F%B7%E2%80%9D",
    );
    expect(links["email"]).toBe(
      "mailto:?subject=%E6%A0%87%E9%A2%98%26%E2%80%9C%E5%BC%95%E5%8F%B7%E2%80%9D&body=https%3A%2F%2Fnews.example.org%2Fzh-hans%2Fa%20b.html",
    );
    expect(Object.keys(links)).toEqual(["weibo", "line", "facebook", "x", "email"]);
  });
});

describe("search marks", () => {
  const fold = (text: string) => text.replace(/颱/g, "台").replace(/風/g, "风");
  it("marks the folded words in the text's own script, merging neighbours", () => {
    expect(highlightRanges("颱風登陸高雄，颱風", ["台风", "登陆"], fold)).toEqual([
      [0, 2],
      [7, 9],
    ]);
    expect(highlightRanges("AI 与 Ai", ["ai"], (t) => t)).toEqual([
      [0, 2],
      [5, 7],
    ]);
    expect(highlightRanges("台风登陆", ["台风", "登陆"], (t) => t)).toEqual([[0, 4]]);
  });
});

describe("publication time", () => {
  it("shows the day alone, or the day and time in the site's time zone", () => {
    expect(formatPublished("2024-10-03", "zh-Hant", "Asia/Shanghai")).toBe("2024年10月3日");
    expect(formatPublished("2024-10-03T04:30:00Z", "zh-Hans", "Asia/Shanghai")).toBe("2024年10月3日 12:30");
  });
});
