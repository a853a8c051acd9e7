/**
 * The body of saved pages in the structures of 9 more outlets (tests/fixtures/import/outlets/NOTES.md,
 * files `body-*`): the article's paragraphs and nothing of the page's chrome (body accuracy as a
 * character-level ratio, chrome counted as errors), captions kept as the photos' captions, the photos
 * saved beside the page copied, and what was dropped on unclear evidence asked of the editor.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { attentionOf, importHtml, type ImportSuccess } from "../../../src/lib/import/index.ts";

const dir = fileURLToPath(new URL("../../fixtures/import/outlets/", import.meta.url));

type Expected = {
  /** The body's paragraphs and headings, in order, as the page prints them. */
  body: string[];
  /** Each photo as copied from the page's saved files, with its caption. */
  photos: [src: string, caption: string][];
  /** Chrome the body must not hold. */
  chrome: string[];
  /** Lines dropped on unclear evidence (the editor is asked to check them): exit 1. */
  unsure?: string[];
};

const pages: Record<string, Expected> = {
  "body-ettoday.html": {
    body: [
      "高雄輕軌環狀線今天上午全線通車，市長在通車典禮上表示，輕軌串聯捷運紅線與橘線，將大幅縮短市區通勤時間。",
      "根據高雄捷運公司統計，通車首日到中午為止的運量已經突破五萬人次，許多家長帶著孩子一起搭乘，車廂內相當熱鬧。",
      "市府指出，環狀線全長約二十二公里，共設三十八個車站，未來將再評估延伸到鳳山地區的可行性。",
    ],
    photos: [["body-ettoday_files/d7500001.jpg", "▲高雄輕軌環狀線今天全線通車，市民搶搭體驗。（圖／記者吳奕靖攝）"]],
    chrome: ["記者吳奕靖／高雄報導", "## 輕軌", "相關新聞", "東森新聞APP", "關鍵字", "熱門新聞"],
  },
  "body-setn.html": {
    body: [
      "一年一度的鹽水蜂炮今晚登場，主辦單位預估將吸引超過十萬名民眾湧入，警方出動數百名警力維持秩序。",
      "台南市政府提醒，參加民眾務必穿戴安全帽、厚外套與手套，避免被炮火灼傷，並遵守現場人員指示。",
      "警方也表示，活動期間周邊道路將實施交通管制，建議民眾搭乘接駁車前往，以免塞車。",
    ],
    photos: [["body-setn_files/4600001-XXL.jpg", "鹽水蜂炮吸引大批民眾朝聖。（圖／翻攝畫面）"]],
    chrome: ["記者林昀真", "分享", "發表評論", "最多人看", "蜂炮安全須知一次看"],
    unsure: ["►蜂炮安全須知一次看", "►三立新聞網提醒您：", "少一份煙害，多一份健康！"],
  },
  "body-tvbs.html": {
    body: [
      "強烈大陸冷氣團今天南下，氣象署指出，中部以北及東北部明天清晨低溫可能只有八度左右，空曠地區還會更低。",
      "氣象專家提醒，這波寒流預計持續到週四，老年人及心血管疾病患者應注意保暖，避免清晨外出。",
      "另外，高山地區有機會出現降雪，前往賞雪的民眾務必做好防滑措施，並留意道路封閉消息。",
    ],
    photos: [["body-tvbs_files/20240122080000-abcdef.jpg", "圖／TVBS"]],
    chrome: ["## ", "訂閱TVBS", "寒流低溫", "版權所有", "記者 陳佳鈴"],
  },
  "body-mirror.html": {
    body: [
      "走進迪化街這家百年南北貨老店，貨架上除了乾貨，還多了設計感十足的文創禮盒，這是第三代接班人的新嘗試。",
      "## 從家族生意到品牌經營",
      "接班人表示，小時候每天放學都在店裡幫忙，當時從沒想過有一天會回來扛起家業，如今他希望讓更多年輕人認識傳統味道。",
      "他說，轉型並不容易，長輩一開始也有疑慮，但看到年輕客人上門之後，家人的態度慢慢改變，也開始一起討論新產品。",
    ],
    photos: [
      ["body-mirror_files/hero-w1200.webp", "位在迪化街的百年老店，門面保留日治時期的洗石子立面。"],
      ["body-mirror_files/g1.jpg", "文創禮盒與傳統乾貨並陳。"],
      ["body-mirror_files/g2.jpg", ""],
    ],
    chrome: ["文｜林怡君", "1/2", "訂閱鏡週刊", "延伸閱讀", "老街新生"],
  },
  "body-singtao.html": {
    body: [
      "土木工程拓展署表示，天水圍單車徑擴建工程將於明年分階段動工，完成後可連接元朗市中心及濕地公園一帶。",
      "工程包括擴闊現有路段、增設單車停泊處及休憩設施，署方預計全部工程需時約三年完成。",
      "有區議員歡迎計劃，但希望當局在施工期間做好臨時改道安排，減少對居民的影響。",
    ],
    photos: [["body-singtao_files/tsw-bike.jpg", "天水圍現有單車徑部分路段狹窄。資料圖片"]],
    chrome: ["相關報道", "元朗單車徑意外頻生", "下載星島頭條App", "熱門"],
  },
  "body-sina.html": {
    body: [
      "国庆假期首日，西安城墙灯光秀正式开演，数万名游客涌入南门广场，共同欣赏光影与古城墙交织的夜景。",
      "据介绍，今年的灯光秀以丝路文化为主题，运用投影和激光技术，在城墙上呈现驼队、商旅等历史画面。",
      "景区提醒游客提前预约入场，并错峰出行，假期期间城墙周边部分道路将实行临时交通管制。",
    ],
    photos: [["body-sina_files/w1000h666.jpg", "9月30日晚，游客在西安城墙南门观看灯光秀。（摄影：王某某）"]],
    chrome: ["责任编辑", "新浪新闻客户端", "我要评论", "热门推荐"],
  },
  "body-163.html": {
    body: [
      "记者从杭州市体育局获悉，亚运会场馆赛后利用工作进展顺利，目前已有五十多座场馆向市民全面开放。",
      "据介绍，各场馆通过低价或免费开放、举办群众赛事等方式，吸引了大量市民参与，去年全年接待健身人次超过一千万。",
      "下一步，杭州将继续推进场馆运营改革，引入专业团队管理，提升场馆综合利用效率。",
    ],
    photos: [["body-163_files/a1b2c3d4e5.jpg", "图为市民在奥体中心游泳馆锻炼。"]],
    chrome: ["特别声明", "下一篇", "相关推荐", "亚运村变身国际社区"],
  },
  "body-dw.html": {
    body: [
      "德国联邦议院周三通过新版技术移民法，放宽非欧盟国家技术工人赴德工作的条件，以缓解劳动力短缺。",
      "根据新法，申请人可以凭借工作经验和语言能力积分获得求职签证，不再必须事先取得德国承认的学历。",
      "反对党批评新法步伐太小，认为德国的官僚程序才是吸引人才的最大障碍。",
    ],
    photos: [
      ["body-dw_files/12345678_906.webp", "柏林联邦议院大厦（图像来源： Michael Kappeler/dpa/picture alliance）"],
    ],
    chrome: ["订阅DW", "Facebook", "Instagram", "文 / 安德烈亚斯"],
  },
  "body-8world.html": {
    body: [
      "国家公园局宣布，未来三年将在全岛一百个组屋区增设社区花园，让居民就近种植蔬果与花卉。",
      "当局表示，社区花园不仅美化环境，也能促进邻里交流，已有不少居民主动报名成为志愿者。",
      "有居民受访时说，退休后每天到花园浇水，认识了许多新朋友，生活也更充实。",
    ],
    photos: [["body-8world_files/garden.jpg", "居民在组屋楼下的社区花园种菜。（档案照）"]],
    chrome: ["WhatsApp", "组屋社区", "下载8world App", "林美玲 报道"],
  },
};

/** Similarity of two texts by their longest common subsequence of characters: 2·LCS / (|a| + |b|). */
export function charRatio(expected: string, actual: string): number {
  const a = [...expected];
  const b = [...actual];
  if (a.length + b.length === 0) return 1;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const char of a) {
    const row = [0];
    b.forEach((other, j) =>
      row.push(char === other ? (previous[j] ?? 0) + 1 : Math.max(previous[j + 1] ?? 0, row[j] ?? 0)),
    );
    previous = row;
  }
  return (2 * (previous[b.length] ?? 0)) / (a.length + b.length);
}

/** The written body without its photos: paragraphs and headings, one per line. */
function bodyText(result: ImportSuccess): string {
  const body = result.markdown.split("\n---\n").slice(1).join("\n");
  return body
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("!["))
    .join("\n");
}

function imported(file: string): ImportSuccess {
  const result = importHtml(readFileSync(join(dir, file)), file, { date: "2024-01-01", source: "測試" }, (src) =>
    existsSync(join(dir, decodeURI(src))),
  );
  if (!result.ok) throw new Error(result.reason);
  return result;
}

describe("saved pages' bodies: chrome, photos and captions (9 outlets' structures)", { timeout: 120_000 }, () => {
  const ratios: number[] = [];
  for (const [file, expected] of Object.entries(pages)) {
    it(file, () => {
      const result = imported(file);
      const body = bodyText(result);
      const ratio = charRatio(expected.body.join("\n"), body);
      ratios.push(ratio);
      expect(ratio, body).toBe(1);
      for (const chrome of expected.chrome) expect(body).not.toContain(chrome);
      // each photo copied from the saved files, its caption in the figure and never a paragraph
      expect(result.images.map((image) => image.src)).toEqual(expected.photos.map(([src]) => src));
      const figures = [...result.markdown.matchAll(/^!\[[^\]]*\]\([^ )]+ "((?:[^"\\]|\\.)*)"\)$/gmu)].map((m) => m[1]);
      expect(figures).toEqual(expected.photos.map(([, caption]) => caption));
      for (const [, caption] of expected.photos) if (caption !== "") expect(body).not.toContain(caption);
      // lines dropped on unclear evidence are asked of the editor, and only they
      const unsure = attentionOf(result.file)
        .filter((item) => item.ruleId === "import-dropped-text")
        .map((item) => item.actual);
      expect(unsure).toEqual(expected.unsure ?? []);
    });
  }

  it("reaches a body accuracy of 1.0 on every page", () => {
    expect(ratios.length).toBe(Object.keys(pages).length);
    expect(Math.min(...ratios)).toBe(1);
  });
});

describe("photos of a saved page", () => {
  const page = (body: string): Uint8Array =>
    new TextEncoder().encode(
      `<html><head><meta charset="utf-8"><base href="https://example.com/news/"><meta property="og:title" content="港口新码头今日启用"></head><body><article><h1>港口新码头今日启用</h1>${body}<p>港口新码头今日正式启用，可同时停靠四艘大型货轮，预计每年吞吐量增加两成，带动周边物流产业发展。</p><p>码头运营方表示，新码头采用自动化装卸系统，作业效率比旧码头提高三成以上。</p></article></body></html>`,
    );
  const saved = new Set(["p_files/port.jpg", "p_files/blank.gif"]);
  const run = (body: string) =>
    importHtml(page(body), "p.html", { date: "2024-05-12", source: "某报" }, (src) => saved.has(src));

  it("uses the photo saved beside the page for a lazy-load address, never its placeholder, whatever <base href> says", () => {
    const result = run(
      '<p><img src="p_files/blank.gif" data-src="https://img.example.com/2024/05/port.jpg?w=800"></p><p>图为新码头全景。（记者 张三 摄）</p>',
    );
    expect(result.ok && result.images.map((image) => image.src)).toEqual(["p_files/port.jpg"]);
    expect(result.ok && result.markdown).toContain('"图为新码头全景。（记者 张三 摄）")');
  });

  it("takes a credit line under a captionless photo as its caption: （攝影：…）", () => {
    const result = run('<p><img src="p_files/port.jpg"></p><p>（摄影：张三）</p>');
    expect(result.ok && result.markdown).toContain('"（摄影：张三）")');
    expect(result.ok && result.markdown.match(/摄影：张三/gu)?.length).toBe(2); // alt and title, no paragraph
  });

  it("keeps the figcaption as the caption and a credit classed as a caption as its credit (BBC 中文 structure)", () => {
    const result = importHtml(
      readFileSync(join(dir, "bbc.html")),
      "bbc.html",
      { date: "2024-09-20", source: "BBC News 中文" },
      () => true,
    );
    expect(result.ok && result.markdown).toContain('"北极海冰在夏季融化。（图像来源，Getty Images）")');
  });

  it("names a photo left out when only its placeholder was saved", () => {
    const result = run('<p><img src="p_files/blank.gif" data-src="https://img.example.com/2024/05/other.jpg"></p>');
    expect(result.ok && result.images).toEqual([]);
    expect(result.ok && result.report).toContain("https://img.example.com/2024/05/other.jpg");
  });
});

describe("prose the main-content extraction leaves out", () => {
  it("is listed and asked of the editor, never lost without a word", () => {
    const paragraph = (n: number): string =>
      `<p>港口新码头今日正式启用，可同时停靠四艘大型货轮，预计每年吞吐量增加两成，带动周边物流产业发展，第${n}段。</p>`;
    const standfirst = "市长在启用仪式上表示，新码头将成为区域航运枢纽，明年起还会开通两条国际航线。";
    const html = `<html><head><meta charset="utf-8"><meta property="og:title" content="港口新码头今日启用"></head><body><div class="top"><h1>港口新码头今日启用</h1><div class="lead-box"><p>${standfirst}</p></div></div><div class="wrap"><div class="main">${[1, 2, 3, 4, 5].map(paragraph).join("")}</div></div></body></html>`;
    const result = importHtml(new TextEncoder().encode(html), "x.html", { date: "2024-05-12", source: "某报" });
    if (!result.ok) throw new Error(result.reason);
    const items = attentionOf(result.file).filter((item) => item.ruleId === "import-dropped-text");
    expect(items.map((item) => item.actual)).toEqual([standfirst]);
    expect(result.report).toContain("left out by the extraction");
  });
});

describe("text the page repeats outside the article", () => {
  const paragraph = (n: number): string =>
    `<p>港口新码头今日正式启用，可同时停靠四艘大型货轮，预计每年吞吐量增加两成，带动周边物流产业发展，第${n}段。</p>`;
  const page = (body: string): Uint8Array =>
    new TextEncoder().encode(
      `<html><head><meta charset="utf-8"><meta property="og:title" content="港口新码头今日启用"></head><body><div class="top"><span>本栏目由港城晚报与港务集团联合推出</span></div><article><h1>港口新码头今日启用</h1>${body}</article></body></html>`,
    );

  it("is chrome, with its evidence named; a pull quote the article repeats itself stays", () => {
    const quote = "<blockquote>“这是港口的新起点”</blockquote>";
    const body = `${paragraph(1)}${quote}${paragraph(2)}<p>本栏目由港城晚报与港务集团联合推出</p>${paragraph(3)}<p>“这是港口的新起点”</p>${paragraph(4)}`;
    const result = importHtml(page(body), "x.html", { date: "2024-05-12", source: "某报" });
    if (!result.ok) throw new Error(result.reason);
    expect(result.markdown).not.toContain("本栏目由港城晚报与港务集团联合推出");
    expect(result.markdown.match(/这是港口的新起点/gu)?.length).toBe(2);
    expect(result.report).toMatch(
      /本栏目由港城晚报与港务集团联合推出 {2}\[page chrome \(text the page repeats outside the article\)\]/u,
    );
  });
});

describe("chrome by class name", () => {
  it("drops a named block of links for sure, and one holding a sentence only with the editor asked", () => {
    // a sentence of 40 characters or more is prose: a block holding one is never dropped for sure
    const paragraph = (n: number): string =>
      `<p>港口新码头今日正式启用，可同时停靠四艘大型货轮，预计每年吞吐量增加两成，带动周边物流产业发展，第${n}段。</p>`;
    const teaser = "另据报道，邻近的旧码头将于明年改建为滨海公园，供市民休闲散步，预计投资三亿元，工程明年春季动工。";
    const html = `<html><head><meta charset="utf-8"><meta property="og:title" content="港口新码头今日启用"></head><body><article><h1>港口新码头今日启用</h1>${paragraph(1)}${paragraph(2)}<div class="related-box"><p>${teaser}</p></div>${paragraph(3)}<div class="share-tools"><a href="#">微博</a> <a href="#">朋友圈</a> <span>分享文章</span></div>${paragraph(4)}</article></body></html>`;
    const result = importHtml(new TextEncoder().encode(html), "x.html", { date: "2024-05-12", source: "某报" });
    if (!result.ok) throw new Error(result.reason);
    expect(result.markdown).not.toContain("另据报道");
    expect(result.markdown).not.toContain("朋友圈");
    const asked = attentionOf(result.file).filter((item) => item.ruleId === "import-dropped-text");
    expect(asked.map((item) => item.actual)).toEqual([teaser]);
    // Readability leaves the related box out; its sentence is named, not lost
    expect(result.report).toContain("left out by the extraction");
  });
});
