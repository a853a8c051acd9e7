/**
 * The importer's own corpus: pages of many site kinds (news agencies, party papers, government
 * portals, Taiwanese and Hong Kong sites, WeChat, portals, GBK/Big5 department sites, saved HTML),
 * each with the article it must give. Inputs are made from src/ by make.ts (see there).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { validateArticle } from "../../../src/lib/article/validate.ts";
import { attentionOf, importHtml, importRaw, type ImportResult } from "../../../src/lib/import/index.ts";
import { make } from "../../fixtures/import/corpus/make.ts";
import { siteConfig } from "../../support/site-config.ts";

const dir = fileURLToPath(new URL("../../fixtures/import/corpus/", import.meta.url));

/** status: 0 clean, 1 written with guesses to check, 2 refused (with a reason that must appear). */
const cases: [file: string, status: 0 | 1 | 2, kind: string, refusal?: string][] = [
  ["01-xinhua.txt", 0, "national news agency: nav bar, site name, tools, caption, editor, related list, copyright"],
  ["02-people.txt", 0, "party newspaper: >> breadcrumb, | source, numbered headings, print-edition note"],
  ["03-gov.txt", 0, "central government portal: numbered and quoted headings, ICP line"],
  ["04-cna.big5.txt", 0, "Taiwanese news agency in Big5: genuine Traditional, dateline source, editor line"],
  ["05-hk.txt", 1, "Hong Kong press release: separator, date at the end, HK forms 着/裏 (source from site name)"],
  ["06-wechat.txt", 0, "WeChat public account: account name as source, WeChat UI lines"],
  ["07-province.gbk.txt", 0, "provincial department in GBK: 当前位置, counters, previous/next, ICP"],
  ["08-portal.txt", 0, "portal reprint: photo captions, 原标题, 责任编辑"],
  ["09-naive.naive.txt", 0, "city bureau with naive character-by-character Traditional"],
  ["10-taipei.txt", 0, "Taipei city government: :::, ROC date, 發布單位, contact line"],
  ["11-zaobao.txt", 1, "Lianhe Zaobao: 发布 / date, 文 / author (source from site name)"],
  ["12-lost.txt", 1, "bare ? lost characters and a flattened question mark"],
  ["13-title-only.txt", 2, "only a title", "no date and no source found"],
  ["14-no-date.txt", 2, "no date", "no date found"],
  ["15-county.gbk.txt", 0, "county site in GBK: → breadcrumb ending in 正文, 2019.07.01, byline line"],
  ["16-tw-news.big5.txt", 1, "Taiwanese TV news in Big5: 記者／台北報導 (source from site name)"],
  ["17-sina.txt", 0, "portal: » breadcrumb, unlabelled source, 文/, （完）"],
  ["18-crlf-bom.txt", 0, "UTF-8 BOM CRLF: quoted heading, 完 and 推荐阅读 never headings"],
  ["19-taichung.big5.txt", 0, "Taichung city government in Big5: / breadcrumb, ROC 113/05/02, 發布機關"],
  ["20-garble.gbk.txt", 1, "GBK lost byte running into ASCII digits"],
  ["21-xinhua-page.html", 0, "saved page: JSON-LD, OpenGraph, local and remote images, scripts"],
  ["22-gov-page.html", 0, "saved GB2312 page: the site's own meta tags, <strong> headings, signature"],
  ["23-listing.html", 2, "saved page with no article", "no article text"],
  ["24-wechat-page.html", 0, "saved WeChat page: account name and time in their own elements, a script"],
  [
    "25-gov-policy.txt",
    0,
    "government policy page: information table (标　　题, 发布日期 over 成文日期), document number",
  ],
  ["26-thepaper.txt", 0, "news app site: outlet-named byline, 校对, 报料 line, copyright sentence"],
  ["27-tw-navbar.txt", 1, "Taiwanese site: site name inside the navigation bar (source from it)"],
  ["29-hk-news.txt", 0, "Hong Kong newspaper: 【明報專訊】 as source, HK forms 着/裏, tags line"],
  ["30-chinanews.gbk.txt", 0, "news agency site in GBK: nav bar with site name, 参与互动, (完), 【编辑:】"],
  ["28-cctv.txt", 0, "broadcaster site: source | date line, 央视网消息 lead, editors on one line"],
];

function run(file: string): ImportResult {
  const bytes = readFileSync(join(dir, file));
  if (!file.endsWith(".html")) return importRaw(bytes, file);
  return importHtml(bytes, file, {}, (src) => existsSync(join(dir, dirname(file), src)));
}

describe("importer corpus", () => {
  it("has an input made from every source, in sync with its source", () => {
    for (const name of readdirSync(join(dir, "src"))) {
      expect(readFileSync(join(dir, name)), name).toEqual(make(name, readFileSync(join(dir, "src", name), "utf8")));
    }
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  for (const [file, status, kind, refusal] of cases) {
    it(`${file}: ${kind}`, () => {
      const result = run(file);
      if (status === 2) {
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.reason).toContain(refusal ?? "");
        return;
      }
      if (!result.ok) throw new Error(result.reason);
      const expected = readFileSync(join(dir, "expected", file.replace(/\.(?:txt|html)$/u, ".md")), "utf8");
      expect(result.markdown).toBe(expected);
      expect(attentionOf(result.file).length > 0 ? 1 : 0, result.report).toBe(status);
      // images reach public/ when the CLI copies them; the rest must pass the build's own checks now
      for (const image of result.images) expect(existsSync(join(dir, image.src)), image.src).toBe(true);
      const withoutImages = result.markdown.replace(/^!\[.*\n\n/gmu, "");
      const errors = validateArticle(withoutImages, `content/${result.fileName}`, "article", siteConfig).filter(
        (d) => d.severity === "error",
      );
      expect(errors).toEqual([]);
    });
  }
});
