/** The newsroom content model: dates with times and zones, photos and figures, authors, tags, sections, flags. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readMoment } from "../../../src/lib/article/dates.ts";
import { splitCaption } from "../../../src/lib/article/plugins/figures.ts";
import { parse } from "../../support/articles.ts";

const work = mkdtempSync(join(tmpdir(), "newsprint-newsroom-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
mkdirSync(join(work, "content/2024"), { recursive: true });
mkdirSync(join(work, "public/media"), { recursive: true });
// A 1×1 PNG: only its name and existence matter to the parser.
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408d763f8cfc000000301010018dd8db00000000049454e44ae426082",
  "hex",
);
for (const path of ["content/2024/lead.png", "content/2024/street.png", "public/media/chart.png"]) {
  writeFileSync(join(work, path), PNG);
}
const at = {
  file: "content/2024/story.md",
  path: join(work, "content/2024/story.md"),
  publicDir: join(work, "public"),
};

const story = (frontMatter: string, body = "正文。") =>
  `---\ntitle: 台风登陆\ndate: 2024-10-03 14:05\nsource: 中央社\nscript: hans\n${frontMatter}---\n\n${body}\n`;

describe("dates", () => {
  it("reads a day, a local time in a zone, and ISO 8601 with an offset", () => {
    expect(readMoment("2024-05-12", "Asia/Shanghai")).toEqual({ date: "2024-05-12", day: "2024-05-12" });
    expect(readMoment("2024-05-12 08:31", "Asia/Shanghai")).toEqual({
      date: "2024-05-12T08:31:00+08:00",
      day: "2024-05-12",
    });
    expect(readMoment("2024-07-01 08:31:05", "America/New_York").date).toBe("2024-07-01T08:31:05-04:00");
    expect(readMoment("2024-01-01 08:31", "America/New_York").date).toBe("2024-01-01T08:31:00-05:00");
    // The offset is kept as written; the day is the day in the article's zone.
    expect(readMoment("2024-05-12T20:00:00-05:00", "Asia/Shanghai")).toEqual({
      date: "2024-05-12T20:00:00-05:00",
      day: "2024-05-13",
    });
    expect(readMoment("2024-05-12T20:00Z", "Asia/Shanghai").date).toBe("2024-05-12T20:00:00+00:00");
  });

  it("stores date, day, zone and update on the article; the article's zone wins over the site's", () => {
    const site = parse(story("updated: 2024-10-04 09:00\n"), at).article;
    expect([site?.date, site?.day, site?.timeZone, site?.updated]).toEqual([
      "2024-10-03T14:05:00+08:00",
      "2024-10-03",
      "Asia/Shanghai",
      "2024-10-04T09:00:00+08:00",
    ]);
    const own = parse(story("timeZone: Europe/London\n"), at).article;
    expect([own?.date, own?.timeZone]).toEqual(["2024-10-03T14:05:00+01:00", "Europe/London"]);
  });
});

describe("authors, tags, section and flags", () => {
  it("are converted per edition; author alone is a list of one; flags default to false", () => {
    const parsed = parse(
      story(
        "authors:\n  - 林怡君\n  - 陈建宏\ntags:\n  - 台风\n  - 防灾\ncategory: 社会\nfeatured: true\ndraft: true\n",
      ),
      at,
    ).article;
    expect(parsed?.editions["zh-hant"]?.authors).toEqual(["林怡君", "陳建宏"]);
    expect(parsed?.editions["zh-hant"]?.tags).toEqual(["颱風", "防災"]);
    expect(parsed?.editions["zh-hant"]?.category).toBe("社會");
    expect([parsed?.featured, parsed?.draft]).toEqual([true, true]);
    const plain = parse(story("author: 王明\nbreadcrumb:\n  - 首页\n  - 要闻\n"), at).article;
    expect(plain?.editions["zh-hant"]?.authors).toEqual(["王明"]);
    expect(plain?.editions["zh-hant"]?.category).toBe("要聞");
    expect([plain?.featured, plain?.draft]).toEqual([false, false]);
  });
});

describe("photos", () => {
  it("resolves the lead photo next to the article and converts its texts", () => {
    const parsed = parse(
      story("image:\n  src: ./lead.png\n  alt: 强风中的高雄港\n  caption: 台风登陆前\n  credit: 记者林怡君摄\n"),
      at,
    ).article;
    expect(parsed?.image).toEqual({ src: "./lead.png", path: join(work, "content/2024/lead.png") });
    expect(parsed?.editions["zh-hant"]?.image).toEqual({
      alt: "強風中的高雄港",
      caption: "颱風登陸前",
      credit: "記者林怡君攝",
    });
    expect(parsed?.editions["zh-hans"]?.image?.caption).toBe("台风登陆前");
  });

  it("makes an image alone in its paragraph a figure with caption and credit, carrying its file", () => {
    const parsed = parse(
      story(
        "",
        '导语。\n\n![积水的街道](./street.png "路口积水及膝 | 摄影：张三")\n\n![图表](/media/chart.png)\n\n文字中的![图](./street.png)图片。',
      ),
      at,
    ).article;
    const html = parsed?.editions["zh-hant"]?.sections[0]?.html ?? "";
    expect(html).toContain(
      `<figure><img src="./street.png" alt="積水的街道" data-np-src="${join(work, "content/2024/street.png")}"><figcaption>路口積水及膝 <span class="np-credit">攝影：張三</span></figcaption></figure>`,
    );
    expect(html).toContain(
      `<figure><img src="/media/chart.png" alt="圖表" data-np-src="${join(work, "public/media/chart.png")}"></figure>`,
    );
    expect(html).not.toMatch(/<p>\s*<figure/);
    expect(html).toMatch(/<p>文字中的<img [^>]*data-np-src/);
    expect(parsed?.images).toEqual([join(work, "content/2024/street.png"), join(work, "public/media/chart.png")]);
  });

  it("splits a title into caption and credit at a vertical bar", () => {
    expect(splitCaption("图说 | 新华社记者 张三 摄")).toEqual({ caption: "图说", credit: "新华社记者 张三 摄" });
    expect(splitCaption("图说｜摄影：张三")).toEqual({ caption: "图说｜摄影：张三" });
    expect(splitCaption("图说 ｜ 摄影：张三")).toEqual({ caption: "图说", credit: "摄影：张三" });
    expect(splitCaption("A|B")).toEqual({ caption: "A|B" });
  });
});
