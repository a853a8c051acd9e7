/**
 * Saved pages in the structures of 16 outlets (tests/fixtures/import/outlets/NOTES.md): title,
 * date, source, author, script and body per page. `gaps` lists what the importer still gets wrong
 * on each (checked to be still wrong, so a fix shows up here and the gap is removed).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importHtml, type ImportSuccess } from "../../../src/lib/import/index.ts";
import { bylineWritten, OUTLETS_DIR, type OutletExpected } from "../../support/outlets.ts";

const dir = OUTLETS_DIR;

type Expected = OutletExpected & {
  /** Fields the importer still gets wrong (see the report). */
  gaps?: (keyof Expected | "refused")[];
};

const pages: Record<string, Expected> = {
  "cna.html": {
    title: "颱風凱米逼近 氣象署發布海上警報",
    date: "2024-07-22",
    source: "中央社",
    author: "張雅淳",
    script: "hant",
    body: "颱風凱米持續增強並逼近台灣",
    notInBody: ["延伸閱讀"],
  },
  "udn.html": {
    title: "北市推社宅新制 租金依所得分級",
    date: "2024-03-05",
    source: "聯合新聞網",
    author: "林佳彣",
    script: "hant",
    body: "台北市政府今天宣布社會住宅新制",
    notInBody: ["熱門新聞"],
  },
  "ltn.html": {
    title: "台東縣長視察颱風災情",
    date: "2024-07-26",
    source: "自由時報電子報",
    author: "黃明堂",
    script: "hant",
    body: "颱風過境後，台東縣長今天前往太麻里視察災情",
    notInBody: ["APP看新聞"],
  },
  "pts.html": {
    title: "偏鄉學童營養午餐補助將提高",
    date: "2024-04-18",
    source: "公視新聞網 PNN",
    author: "李宜蓁、吳東岳",
    script: "hant",
    body: "偏鄉國中小學童營養午餐補助",
  },
  "mingpao.html": {
    title: "港府擬延長電動車稅務寬減",
    date: "2024-05-12",
    source: "明報",
    script: "hant",
    body: "當局擬將電動私家車首次登記稅寬減延長兩年",
    notInBody: ["相關新聞"],
  },
  "hk01.html": {
    title: "天文台：本週後期天氣轉涼　最低氣溫18度",
    date: "2024-11-04",
    source: "香港01",
    author: "李卓賢",
    script: "hant",
    body: "一股東北季候風會在週四抵達廣東沿岸",
  },
  "oriental.html": {
    title: "屯門公路三車相撞 兩人受傷",
    date: "2024-05-12",
    source: "東方日報",
    script: "hant",
    body: "屯門公路昨日上午發生三車相撞事故",
  },
  "macaodaily.html": {
    title: "輕軌東線工程進度理想",
    date: "2024-05-12",
    source: "澳門日報",
    script: "hant",
    body: "輕軌東線工程進度理想，隧道段已完成約七成",
  },
  "people.html": {
    title: "我国首艘大洋钻探船完成试航",
    date: "2024-11-17",
    source: "人民网－人民日报",
    author: "陈海波",
    script: "hans",
    body: "我国首艘自主设计建造的大洋钻探船",
    notInBody: ["责编"],
  },
  "xinhua.html": {
    title: "长江流域禁渔成效显著",
    date: "2024-05-12",
    source: "新华网",
    author: "李伟",
    script: "hans",
    body: "长江流域重点水域十年禁渔实施以来",
  },
  "thepaper.html": {
    title: "上海地铁新线开通首日客流破十万",
    date: "2024-12-28",
    source: "澎湃新闻",
    author: "王倩",
    script: "hans",
    body: "首日客流超过十万人次",
  },
  "zaobao.html": {
    title: "组屋转售价格连续第八季上涨",
    date: "2024-10-01",
    source: "联合早报",
    author: "刘展伟",
    script: "hans",
    body: "组屋转售价格第三季上涨百分之二点七",
  },
  "bbc.html": {
    title: "气候变化：北极海冰面积创新低",
    date: "2024-09-20",
    source: "BBC News 中文",
    author: "马克·波因廷",
    script: "hans",
    body: "今年夏季北极海冰面积降至有记录以来的第二低水平",
    notInBody: ["作者，", "BBC气候与科学记者"],
  },
  "rfi.html": {
    title: "法国议会通过新预算案",
    date: "2024-12-18",
    source: "RFI - 法国国际广播电台",
    author: "安柏",
    script: "hans",
    body: "政府削减开支的计划获得支持",
  },
  "initium.html": {
    title: "專訪：一位漁民眼中的海洋變遷",
    date: "2024-06-08",
    source: "端傳媒 Initium Media",
    author: "何欣潔",
    script: "hant",
    body: "六十歲的老陳已經把船開出港口",
  },
  "chinatimes.html": {
    title: "高鐵南延屏東 環評有條件通過",
    date: "2024-08-15",
    source: "中時新聞網",
    author: "楊文琪",
    script: "hant",
    body: "高鐵延伸屏東案有條件通過",
  },
};

function fieldsRight(result: ImportSuccess, expected: Expected): Record<string, boolean> {
  const body = result.markdown.split("\n---\n").slice(1).join("\n");
  return {
    title: result.front.title === expected.title,
    date: String(result.front.date ?? "").startsWith(expected.date),
    source: result.front.source === expected.source,
    author: bylineWritten(result.front) === expected.author,
    script: result.front.script === expected.script,
    body: body.includes(expected.body),
    notInBody: (expected.notInBody ?? []).every((chrome) => !body.includes(chrome)),
  };
}

describe("saved pages of 16 outlets' structures", { timeout: 120_000 }, () => {
  for (const [file, expected] of Object.entries(pages)) {
    it(file, () => {
      const result = importHtml(readFileSync(join(dir, file)), file, {}, (src) =>
        existsSync(join(dir, decodeURI(src))),
      );
      const gaps = new Set(expected.gaps ?? []);
      expect(result.ok).toBe(!gaps.has("refused"));
      if (!result.ok) {
        // a refusal names everything missing with the command to run
        expect(result.reason).toMatch(/npm run import -- \S+\.html --/u);
        return;
      }
      for (const [field, right] of Object.entries(fieldsRight(result, expected)))
        expect({ field, right }).toEqual({ field, right: !gaps.has(field as keyof Expected) });
    });
  }

  it("keeps a lead photo outside the article area, with its caption (東方日報 structure)", () => {
    const result = importHtml(
      readFileSync(join(dir, "oriental.html")),
      "oriental.html",
      { source: "東方日報" },
      (src) => existsSync(join(dir, decodeURI(src))),
    );
    expect(result.ok && result.images.map((image) => image.src)).toEqual(["oriental_files/a1.jpg"]);
    expect(result.ok && result.markdown).toContain('"現場交通一度嚴重擠塞。")');
    expect(result.ok && result.report).toContain("lead photo taken from above the article's text");
  });

  it("names a declared charset the bytes contradict (人民网 structure declares GB2312, bytes are UTF-8)", () => {
    const result = importHtml(readFileSync(join(dir, "people.html")), "people.html");
    expect(result.ok && result.report).toContain(
      "the page declares charset GB2312, but its bytes are UTF-8: read as UTF-8 [import-charset-conflict]",
    );
  });

  it("decodes Big5 as browsers do: FE D3 is 着 U+7740", async () => {
    const { decodePage } = await import("../../../src/lib/import/decode.ts");
    const head = new TextEncoder().encode('<meta charset="big5"><p>');
    const page = decodePage(new Uint8Array([...head, 0xfe, 0xd3]));
    expect(page.text.endsWith("\u7740")).toBe(true);
  });
});
