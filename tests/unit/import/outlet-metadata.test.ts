/**
 * The metadata of saved pages and copies in more outlets' structures (tests/fixtures/import/outlets/
 * NOTES.md, `meta-` files; expectations in meta-expected.json), and how the importer weighs and
 * reports its evidence: dates ranked and disagreements named, titles from the page's headline,
 * bylines and their credits, and one refusal whose command writes the article.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { authorNames } from "../../../src/lib/import/steps/resolve-fields.ts";
import { bylineWritten, OUTLETS_DIR, type OutletExpected } from "../../support/outlets.ts";
import { describe, expect, it } from "vitest";
import {
  attentionOf,
  importHtml,
  importRaw,
  type ImportResult,
  type ImportSuccess,
} from "../../../src/lib/import/index.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const dir = OUTLETS_DIR;
type Expected = OutletExpected;
const cases = JSON.parse(readFileSync(join(dir, "meta-expected.json"), "utf8")) as Record<string, Expected>;

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const importFile = (name: string, bytes: Uint8Array, options = {}): ImportResult =>
  name.endsWith(".html") ? importHtml(bytes, name, options, () => false) : importRaw(bytes, name, options);
function imported(name: string, text: string, options = {}): ImportSuccess {
  const result = importFile(name, encode(text), options);
  if (!result.ok) throw new Error(result.reason);
  return result;
}
const reasons = (result: ImportSuccess): string[] => attentionOf(result.file).map((item) => item.reason);
const rules = (result: ImportSuccess): string[] => attentionOf(result.file).map((item) => item.ruleId ?? "");

describe("metadata of more outlets' pages and copies", () => {
  it("has a case for every meta- fixture", () => {
    const fixtures = readdirSync(dir).filter((name) => name.startsWith("meta-") && !name.endsWith(".json"));
    expect(Object.keys(cases).sort()).toEqual(fixtures.sort());
  });

  for (const [file, expected] of Object.entries(cases)) {
    it(file, () => {
      const result = importFile(file, readFileSync(join(dir, file)));
      if (!result.ok) throw new Error(result.reason);
      const body = result.markdown.split("\n---\n").slice(1).join("\n");
      expect({
        title: result.front.title,
        date: result.front.date,
        source: result.front.source,
        author: bylineWritten(result.front),
        script: result.front.script,
      }).toEqual({
        title: expected.title,
        date: expected.date,
        source: expected.source,
        author: expected.author,
        script: expected.script,
      });
      expect(body).toContain(expected.body);
      // breadcrumb words never become the source or the author
      for (const crumb of result.front.breadcrumb ?? []) {
        expect(result.front.source).not.toBe(crumb);
        expect(bylineWritten(result.front)).not.toBe(crumb);
      }
    });
  }
});

const page = (head: string, body: string): string =>
  `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const ARTICLE =
  "<p>市政府今天宣布，全市將新建公園綠地三十處，完善城市慢行系統，讓市民出門見綠，預計年底前完成主要工程。</p>" +
  "<p>市園林部門表示，新建公園將優先布局在老城區和人口密集區域，方便居民就近休閒，並聽取居民意見。</p>";

describe("dates weighed by evidence", () => {
  it("names the source used and what agreed with it", () => {
    const result = importFile("meta-setn.html", readFileSync(join(dir, "meta-setn.html")));
    expect(result.ok && result.report).toContain(
      "date: 2024-05-12T10:30:00+08:00; from JSON-LD datePublished; agrees with meta pubdate, line 2",
    );
  });

  it("takes the time of day from a printed line that agrees on the day", () => {
    const result = importFile("people.html", readFileSync(join(dir, "people.html")));
    expect(result.ok && result.front.date).toBe("2024-11-17 08:32");
    expect(result.ok && result.report).toContain("from meta publishdate; time of day from line 2");
  });

  it("asks the editor when the page's dates disagree, naming each", () => {
    const result = imported(
      "page.html",
      page(
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"全市新建公園綠地三十處","datePublished":"2024-05-12T09:00:00+08:00"}</script><meta property="og:site_name" content="某某新聞網">',
        `<article><h1>全市新建公園綠地三十處</h1><div class="date">2024年5月20日 10:00</div>${ARTICLE}</article>`,
      ),
    );
    expect(result.front.date).toBe("2024-05-12T09:00:00+08:00");
    expect(rules(result)).toEqual(["import-metadata-conflict"]);
    expect(reasons(result)[0]).toBe(
      "the page's dates disagree: 2024-05-12T09:00:00+08:00 used (JSON-LD datePublished); line 2 says 2024-05-20 10:00: check it, or give --date",
    );
  });

  it("takes a printed update time for no publication date", () => {
    const result = imported(
      "page.html",
      page(
        '<meta property="article:published_time" content="2024-05-12T09:00:00+08:00"><meta property="og:site_name" content="某某新聞網">',
        `<article><h1>全市新建公園綠地三十處</h1><div class="date">更新時間：2024-05-20 10:00</div>${ARTICLE}</article>`,
      ),
    );
    expect(result.front.date).toBe("2024-05-12T09:00:00+08:00");
    expect(rules(result)).toEqual([]);
  });

  it("reads a UTC moment and the local day it falls on as one date", () => {
    const result = imported(
      "page.html",
      page(
        '<meta property="article:published_time" content="2024-05-11T23:30:00Z"><meta property="og:site_name" content="某某新聞網">',
        `<article><h1>全市新建公園綠地三十處</h1><div class="date">2024年5月12日 07:30</div>${ARTICLE}</article>`,
      ),
    );
    expect(rules(result)).toEqual([]);
    expect(result.report).toContain("agrees with line 2");
  });

  it("takes the date from the page's address only as a guess to check", () => {
    const result = imported(
      "page.html",
      page(
        '<link rel="canonical" href="https://news.example.com/society/2024/05/12/123456.html"><meta property="og:site_name" content="某某新聞網">',
        `<article><h1>全市新建公園綠地三十處</h1>${ARTICLE}</article>`,
      ),
    );
    expect(result.front.date).toBe("2024-05-12");
    expect(rules(result)).toEqual(["import-date-guessed"]);
  });

  it("reads the date forms pages print outside the article area", () => {
    for (const [line, date] of [
      [
        '<span class="year"><em>2024</em></span> <span class="day"><em>05</em>/<em>12</em></span> 10:21:45',
        "2024-05-12 10:21",
      ],
      ["刊登於 2024-05-12", "2024-05-12"],
      ["[2024.05.12] 發表", "2024-05-12"],
      ["新聞稿 2024/05/12", "2024-05-12"],
      ["來源：某某新聞網\u30002024年05月12日 10:00", "2024-05-12 10:00"],
    ] as const) {
      const result = imported(
        "page.html",
        page(
          '<meta property="og:site_name" content="某某新聞網">',
          `<div class="top"><div class="x">${line}</div></div><article><h1>全市新建公園綠地三十處</h1>${ARTICLE}</article>`,
        ),
      );
      expect(result.front.date, line).toBe(date);
    }
  });
});

describe("printed forms", () => {
  it("reads the time of day as printed: afternoon, a zone name", async () => {
    const { findDate } = await import("../../../src/lib/import/dates.ts");
    expect(findDate("2024年5月12日 週日 下午3:05")?.time).toBe("15:05");
    expect(findDate("2024年5月12日 上午10:00")?.time).toBe("10:00");
    expect(findDate("2024-05-12 HKT 10:00")?.time).toBe("10:00");
    expect(findDate("2024 05/12 10:21:45")).toMatchObject({ date: "2024-05-12", time: "10:21:45" });
  });

  it("reads a lone personal name beside a date as the author, an outlet's name as the source", async () => {
    const { metaOf } = await import("../../../src/lib/import/meta.ts");
    expect(metaOf("張三 2024-05-12 15:30")).toMatchObject({ author: "張三" });
    expect(metaOf("張三 2024-05-12 15:30")?.source).toBeUndefined();
    expect(metaOf("2023年09月06日 18:30 中国新闻网")).toMatchObject({ source: "中国新闻网" });
    expect(metaOf("央视 2024-05-12 10:00")).toMatchObject({ source: "央视" });
    // a paragraph that starts like a label but holds no date is no data line
    expect(metaOf("更新：警方稍後證實兩人受傷")).toBeUndefined();
    expect(metaOf("更新：2024-11-04 16:45")).toMatchObject({ updated: true });
  });
});

describe("copies of pages", () => {
  const BODY =
    "政府今天宣布，全市將新建公園綠地三十處，完善城市慢行系統，讓市民出門見綠，預計年底前完成主要工程。\n" +
    "園林部門表示，新建公園將優先布局在老城區和人口密集區域，方便居民就近休閒，並聽取居民意見。\n";
  const copy = (text: string, options = {}): ImportSuccess => imported("copy.txt", `${text}\n${BODY}`, options);

  it("reads the data lines outlets print under the headline", () => {
    expect(
      copy("香港01\n社會新聞\n新建公園綠地三十處\n撰文：李卓賢\n出版：2024-11-04 16:40\n更新：2024-11-04 16:45", {
        source: "香港01",
      }).front,
    ).toMatchObject({ date: "2024-11-04 16:40", author: "李卓賢" });
    expect(
      copy("聯合新聞網\n要聞\n新建公園綠地三十處\n2024-03-05 14:20 聯合報／ 記者林佳彣／台北即時報導").front,
    ).toMatchObject({ date: "2024-03-05 14:20", author: "林佳彣", source: "聯合新聞網" });
    expect(
      copy("RFI 法国国际广播电台\n新建公园绿地三十处\n发表时间：2024/05/12 - 10:00\n作者 安柏").front,
    ).toMatchObject({ date: "2024-05-12 10:00", author: "安柏", source: "RFI 法国国际广播电台" });
  });

  it("never takes a site's logo line for the headline, nor a section word for the source", () => {
    const cna = imported(
      "copy.txt",
      `中央社 CNA\n政治\n新建公園綠地三十處\n2024/07/22 11:35（7/22 12:00 更新）\n（中央社記者張雅淳台北22日電）${BODY}`,
    );
    expect(cna.front).toMatchObject({
      title: "新建公園綠地三十處",
      source: "中央社",
      author: "張雅淳",
      date: "2024-07-22 11:35",
    });
    const section = importFile("copy.txt", encode(`某某01\n社會新聞\n新建公園綠地三十處\n2024-11-04 16:40\n${BODY}`));
    expect(section.ok ? section.front.source : section.reason).toContain("--source");
  });

  it("reads a dateline on a line of its own as data, not as a caption", () => {
    const result = copy("新建公園綠地三十處\n2024/07/22 11:35\n（中央社記者張雅淳台北22日電）");
    expect(result.front).toMatchObject({ source: "中央社", author: "張雅淳" });
    expect(result.report).toContain("captions kept out of the body (0)");
  });

  it("reads the outlet in parentheses opening the text as the source", () => {
    expect(copy("新建公园绿地三十处\n2024年5月12日\n(德国之声中文网)").front.source).toBe("德国之声中文网");
  });
});

describe("titles from the page's headline", () => {
  it("removes the site's name and section from <title> and asks the editor when nothing confirms it", () => {
    const result = imported(
      "page.html",
      page("<title>全市新建公園綠地三十處_社會新聞_某某新聞網</title>", `<div class="content">${ARTICLE}</div>`),
      { date: "2024-05-12", source: "某某新聞網" },
    );
    expect(result.front.title).toBe("全市新建公園綠地三十處");
    expect(rules(result)).toContain("import-title-guessed");
    expect(reasons(result).join("\n")).toContain('trimmed from "全市新建公園綠地三十處_社會新聞_某某新聞網"');
  });

  it("takes a <title> headline the page prints in its own heading as confirmed", () => {
    const result = imported(
      "page.html",
      page(
        "<title>全市新建公園綠地三十處_环球网</title>",
        `<div class="t-container-title"><h3>全市新建公園綠地三十處</h3></div><div class="info">2024-05-12 10:00 來源：环球网</div><div class="c">${ARTICLE}</div>`,
      ),
    );
    expect(result.front.title).toBe("全市新建公園綠地三十處");
    expect(rules(result)).toEqual([]);
  });

  it("takes the <h1> over a longer site part, keeps full-width spaces, and asks nothing when confirmed", () => {
    const result = imported(
      "page.html",
      page(
        "<title>市府宣布\u3000新建公園_新闻频道_央视网(cctv.com)</title>",
        `<article><h1>市府宣布\u3000新建公園</h1><div class="info">2024年05月12日 10:00 來源：某某新聞網</div>${ARTICLE}</article>`,
      ),
    );
    expect(result.front.title).toBe("市府宣布\u3000新建公園");
    expect(rules(result)).toEqual([]);
  });

  it("never takes a site's front-page title or a reporter's role line for the headline", () => {
    const site = imported(
      "page.html",
      page(
        "<title>某某日報電子版</title>",
        `<table><tr><td><font><b>全市新建公園綠地三十處</b></font><br><font>2024-05-12</font><br>${ARTICLE}</td></tr></table>`,
      ),
    );
    expect(site.front.title).toBe("全市新建公園綠地三十處");
    expect(site.front.source).toBe("某某日報");
    expect(rules(site)).toContain("import-source-guessed");
    const copy = imported(
      "copy.txt",
      "首頁\n全市新建公園綠地三十處\n作者，王小明\n某某新聞記者\n2024年5月12日\n市政府今天宣布，全市將新建公園綠地三十處，完善城市慢行系統。\n",
      { source: "某某新聞" },
    );
    expect(copy.front.title).toBe("全市新建公園綠地三十處");
    expect(bylineWritten(copy.front)).toBe("王小明");
  });
});

describe("bylines", () => {
  const byline = (line: string, head = ""): ImportSuccess =>
    imported(
      "page.html",
      page(
        `<meta property="og:site_name" content="某某新聞網">${head}`,
        `<article><h1>全市新建公園綠地三十處</h1><div class="by">${line}</div><div class="t">2024-05-12 10:00</div>${ARTICLE}</article>`,
      ),
    );

  it("reads the forms outlets print, credits kept out of the authors", () => {
    for (const [line, author] of [
      ["文｜陳小雨", "陳小雨"],
      ["文／刘展伟 摄影／李四", "刘展伟"],
      ["〔記者黃明堂／台東報導〕", "黃明堂"],
      ["記者 張三、李四 / 台北報導", "張三、李四"],
      ["记者 张三\u3000编辑 李四", "张三"],
      ["撰文：張三\u3000攝影：李四", "張三"],
      ["文字 張三\u3000攝影 李四\u3000責任編輯 王五", "張三"],
      ["作者，马克·波因廷", "马克·波因廷"],
      ["澎湃新闻记者 王倩", "王倩"],
      // A time zone written after the time is part of the date, not of the byline.
      ["記者：陳嘉欣、黃子健\u30002024.05.12 17:15 HKT", "陳嘉欣、黃子健"],
      ["记者：王小明 2024-05-12 17:15 (GMT+8)", "王小明"],
    ] as const) {
      const result = byline(line);
      expect(bylineWritten(result.front), line).toBe(author);
      expect(result.front.source, line).toBe("某某新聞網");
    }
    for (const [written, names] of [
      ["陈乔 王立", ["陈乔", "王立"]],
      ["張三、李四，王五", ["張三", "李四", "王五"]],
      ["John Smith", ["John Smith"]],
      ["马克·波因廷", ["马克·波因廷"]],
      ["歐陽 修文 王", ["歐陽 修文 王"]],
    ] as const) {
      expect(authorNames(written), written).toEqual(names);
    }
    // Several names are several authors, each with a page.
    expect(byline("記者 張三、李四 / 台北報導").front.authors).toEqual(["張三", "李四"]);
    expect(byline("文字 張三\u3000攝影 李四\u3000責任編輯 王五").report).toContain(
      "credits (not written): 攝影 李四; 責任編輯 王五",
    );
  });

  it("takes a person from JSON-LD, never the organisation", () => {
    const organisation = byline(
      "",
      '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"某某新聞網"}}</script><meta name="author" content="某某新聞網">',
    );
    expect(bylineWritten(organisation.front)).toBeUndefined();
    const person = byline(
      "",
      '<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","author":[{"@type":"Person","name":"王小明"},{"@type":"Organization","name":"某某新聞網"}]}]}</script>',
    );
    expect(bylineWritten(person.front)).toBe("王小明");
  });

  it("reads datelines that name the agency as the source", () => {
    for (const [first, source, author] of [
      ["（中央社記者王小明台北12日電）", "中央社", "王小明"],
      ["（法新社巴黎12日電）", "法新社", undefined],
      ["新华社北京5月12日电（记者 陈乔）", "新华社", "陈乔"],
      ["【本報訊】記者張三報道", undefined, "張三"],
    ] as const) {
      const result = imported(
        "copy.txt",
        `全市新建公園綠地三十處\n2024-05-12\n${first}市政府今天宣布，全市將新建公園綠地三十處，完善城市慢行系統。\n`,
        source ? {} : { source: "某報" },
      );
      expect(result.front.source, first).toBe(source ?? "某報");
      expect(bylineWritten(result.front), first).toBe(author);
    }
  });

  it("reads a press release's issuing body as the source", () => {
    for (const header of ["發布單位：行政院新聞傳播處", "发布机构：市政府新闻办公室"]) {
      const result = imported(
        "copy.txt",
        `新聞稿\n全市新建公園綠地三十處\n發布時間：113-05-12\n${header}\n市政府今天宣布，全市將新建公園綠地三十處，完善城市慢行系統。\n`,
      );
      expect(result.front.source).toBe(header.split("：")[1]);
      expect(result.front.date).toBe("2024-05-12");
    }
  });
});

/** Shell words of a command line as the refusal prints it (plain words and '…' or "…" quoted). */
function shellWords(command: string): string[] {
  return [...command.matchAll(/'((?:[^']|'\\'')*)'|"([^"]*)"|(\S+)/gu)].map(
    (match) => match[1]?.replace(/'\\''/gu, "'") ?? match[2] ?? match[3] ?? "",
  );
}

describe("refusal", { timeout: 120_000 }, () => {
  const refused = {
    "no-metadata.html": page("", `<div><div>${ARTICLE}</div></div>`),
    "site-title.html": page("<title>某某日報電子版</title>", `<div class="x">${ARTICLE}</div>`),
    "body-only.txt":
      "市政府今天宣布，全市將新建公園綠地三十處，完善城市慢行系統，讓市民出門見綠。\n市園林部門表示，新建公園將優先布局在老城區和人口密集區域。\n",
    "no-headline.txt":
      "首頁 > 新聞\n2024-05-12 10:00 來源：某某新聞網\n市政府今天宣布，全市將新建公園綠地三十處，完善城市慢行系統。\n",
  };

  it("lists everything missing at once, and its command writes the article", () => {
    const work = mkdtempSync(join(tmpdir(), "newsprint-refusal-"));
    for (const [index, [name, text]] of Object.entries(refused).entries()) {
      // a headline of its own per file, so the written articles' names differ
      const placeholders: Record<string, string> = {
        headline: `${"東南西北"[index] ?? ""}區新建公園綠地`,
        "YYYY-MM-DD": "2024-05-12",
        publisher: "某某新聞網",
      };
      writeFileSync(join(work, name), text);
      const result = importFile(name, encode(text));
      expect(result.ok, name).toBe(false);
      if (result.ok) continue;
      expect(result.ruleId, name).toBe("import-missing-metadata");
      const command = /npm run import -- (.*) \[import-missing-metadata\]$/u.exec(result.reason)?.[1] ?? "";
      const words = shellWords(command).map((word) => placeholders[word] ?? word);
      expect(words[0], name).toBe(name);
      const run = spawnSync(join(root, "node_modules/.bin/node"), [join(root, "src/cli/import.ts"), ...words], {
        cwd: work,
        encoding: "utf8",
      });
      expect(run.stderr, name).toBe("");
      expect([0, 1], name).toContain(run.status);
      const written = readdirSync(join(work, "content"));
      expect(written.filter((file) => file.startsWith("2024-05-12-")).length, name).toBeGreaterThan(0);
    }
    expect(readdirSync(join(work, "content"))).toHaveLength(Object.keys(refused).length);
  });
});
