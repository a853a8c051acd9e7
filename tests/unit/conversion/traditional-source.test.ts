/**
 * Traditional source into Traditional editions: character forms only (the edition's own variants),
 * never vocabulary; and Traditional source read by its characters, not by `twp`'s phrases.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as OpenCC from "opencc-js";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../src/lib/article/parse.ts";
import { checkSiteConfig } from "../../../src/lib/site/config.ts";
import defaultSiteConfig from "../../../src/site.config.ts";
import { getConverter, sourceLanguage } from "../../../src/lib/script/converter.ts";
import { detectScript } from "../../../src/lib/script/detect.ts";
import type { EditionStyle } from "../../../src/lib/script/types.ts";
import { article, parse } from "../../support/articles.ts";
import { hansEdition, hantEdition } from "./support.ts";

const taiwan: EditionStyle = { ...hantEdition("twp"), id: "zh-hant", lang: "zh-Hant-TW" };
const hongKong: EditionStyle = { ...hantEdition("hk"), id: "zh-hant-hk" };
const editions = [taiwan, hongKong, hansEdition];
const converter = getConverter({ editions, overrides: [], groups: [] });
/** Traditional source as the build reads it on a site whose first Traditional edition is `twp`. */
const traditional = sourceLanguage("hant", { editions });

const intoTaiwan = (text: string) => converter.convert(text, traditional, taiwan);
const intoHongKong = (text: string) => converter.convert(text, traditional, hongKong);

/** Simplified lines of the repository's Markdown fixtures and content (news-like prose). */
function simplifiedLines(): string[] {
  const lines = new Set<string>();
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith(".md")) {
        for (const line of readFileSync(path, "utf8").split("\n")) {
          // Markup lines are covered below; plain prose of eight Han characters or more here.
          if (/\p{Script=Han}{8}/u.test(line) && !/-\{|\}-/.test(line) && detectScript(line) === "hans")
            lines.add(line);
        }
      }
    }
  };
  visit(fileURLToPath(new URL("../../fixtures", import.meta.url)));
  visit(fileURLToPath(new URL("../../../content", import.meta.url)));
  const round2 = JSON.parse(
    readFileSync(new URL("../../fixtures/conversion/round2-errors.json", import.meta.url), "utf8"),
  ) as {
    entries: { hans: string }[];
  };
  for (const entry of round2.entries) lines.add(entry.hans);
  return [...lines];
}

describe("Hong Kong-style source in the Taiwan edition", () => {
  it("takes Taiwan character forms", () => {
    expect(intoTaiwan("他在屋裏看着電綫，衞生署爲僞造啓事道歉，羣衆在峯會外吃麪。")).toBe(
      "他在屋裡看著電線，衛生署為偽造啟事道歉，群眾在峰會外吃麵。",
    );
    expect(intoTaiwan("温度説明，户口税務，鈎子閲讀，兑換。")).toBe("溫度說明，戶口稅務，鉤子閱讀，兌換。");
  });

  it("keeps the source's vocabulary although the edition's standard is twp", () => {
    const text = "他用軟件下載視頻，信息存在網絡上，再搭的士或出租車。";
    expect(intoTaiwan(text)).toBe(text);
    // Simplified source still gets Taiwan vocabulary.
    expect(converter.convert("他用软件下载视频", sourceLanguage("hans", { editions }), taiwan)).toBe(
      "他用軟體下載影片",
    );
  });

  it("keeps forms Taiwan writing uses itself (台, 濕) and words whose 著 is not the particle", () => {
    expect(intoTaiwan("台灣天氣潮濕，這部著作很顯著。")).toBe("台灣天氣潮濕，這部著作很顯著。");
  });

  it("leaves -{…}- markup, web addresses and code as written", () => {
    expect(intoTaiwan("-{裏}-面看着 https://example.com/裏/着 結束")).toBe("裏面看著 https://example.com/裏/着 結束");
    const markdown = [
      "---",
      "title: 屋裏的電綫",
      "date: 2024-03-05",
      "source: 本報",
      "script: hant",
      "---",
      "",
      "他在屋裏看着-{電綫}-，見[衞生署](https://example.com/衞生署/裏)。",
      "",
      "行內`裏着`代碼。",
      "",
      "```",
      "羣衆 = 裏",
      "```",
      "",
    ].join("\n");
    const { article: parsed } = parseArticle(markdown, {
      file: "content/hk.md",
      defaultSlug: "hk",
      converter,
      editions,
    });
    const html = (id: string) => parsed?.editions[id]?.sections.map((section) => section.html).join("\n") ?? "";
    expect(parsed?.editions["zh-hant"]?.title).toBe("屋裡的電線");
    expect(html("zh-hant")).toContain("他在屋裡看著電綫，見");
    expect(html("zh-hant")).toContain(`href="${encodeURI("https://example.com/衞生署/裏")}">衛生署</a>`);
    expect(html("zh-hant")).toContain("<code>裏着</code>");
    expect(html("zh-hant")).toContain("羣衆 = 裏");
    expect(html("zh-hant-hk")).toContain("他在屋裏看着電綫");
  });
});

describe("Taiwan source in the Hong Kong edition", () => {
  it("takes Hong Kong character forms, not Hong Kong vocabulary", () => {
    expect(intoHongKong("這裡的著作很顯著，他看著窗外，為了衛生搭計程車。")).toBe(
      "這裏的著作很顯著，他看着窗外，為了衞生搭計程車。",
    );
    expect(intoHongKong("溫度說明，戶口稅務，閱讀。")).toBe("温度説明，户口税務，閲讀。");
  });
});

describe("text already in an edition's forms", () => {
  const hans = simplifiedLines();
  const toTaiwan = OpenCC.Converter({ from: "cn", to: "tw" });
  const toHongKong = OpenCC.Converter({ from: "cn", to: "hk" });

  it("has enough material", () => {
    expect(hans.length).toBeGreaterThan(500);
  });

  it("leaves Taiwan text unchanged in the Taiwan edition (tw and twp)", () => {
    const text = hans.map((line) => toTaiwan(line));
    const tw = { ...taiwan, standard: "tw" as const };
    expect(text.filter((line) => converter.convert(line, traditional, tw) !== line)).toEqual([]);
    expect(text.filter((line) => intoTaiwan(line) !== line)).toEqual([]);
  });

  it("leaves Hong Kong text unchanged in the Hong Kong edition", () => {
    const text = hans.map((line) => toHongKong(line));
    expect(text.filter((line) => intoHongKong(line) !== line)).toEqual([]);
  });

  it("turns Hong Kong text into what opencc writes for Taiwan, but for 台 and 濕", () => {
    const differences = new Set<string>();
    for (const line of hans) {
      const expected = [...toTaiwan(line)];
      const actual = [...intoTaiwan(toHongKong(line))];
      expect(actual.length).toBe(expected.length);
      actual.forEach((char, i) => {
        if (char !== expected[i]) differences.add(`${char}≠${expected[i]}`);
      });
    }
    // 冲 stays: opencc writes it for Hong Kong and Taiwan alike (沖 only from its own tw dictionary).
    expect([...differences].sort()).toEqual(["冲≠沖", "台≠臺", "濕≠溼"].sort());
  });
});

describe("reading Traditional source", () => {
  it("reads by characters (tw) when the Taiwan edition's standard is twp", () => {
    expect(traditional).toEqual({ script: "hant", standard: "tw" });
    expect(sourceLanguage("hant", { editions: [hongKong, taiwan] })).toEqual({ script: "hant", standard: "hk" });
    // Read as Hong Kong text (the site's first Traditional edition is Hong Kong's): same forms.
    const readAsHk = sourceLanguage("hant", { editions: [hongKong, taiwan] });
    expect(converter.convert("屋裏看着電綫，衞生。", readAsHk, taiwan)).toBe("屋裡看著電線，衛生。");
    expect(converter.convert("屋裡看著電線，衛生。", readAsHk, hongKong)).toBe("屋裏看着電線，衞生。");
  });

  it("keeps 簡訊 in Simplified and 計程車 in Hong Kong", () => {
    expect(converter.convert("他發了簡訊，搭計程車回家。", traditional, hansEdition)).toBe(
      "他发了简讯，搭计程车回家。",
    );
    expect(intoHongKong("他發了簡訊，搭計程車回家。")).toBe("他發了簡訊，搭計程車回家。");
  });

  it("takes Hong Kong forms in Taiwan-read text to Simplified", () => {
    expect(converter.convert("衞生署的電綫", traditional, hansEdition)).toBe("卫生署的电线");
  });

  // Taiwan writes 著 for both zhù (to write) and the particle 着; opencc reads it as the particle
  // outside a short list (rime/brise ca87d08: 范縝著有 → 范缜着有).
  it("reads Taiwan's 著 of writing as 著 and its particle as 着 into Simplified and Hong Kong", () => {
    const intoSimplified = (text: string) => converter.convert(text, traditional, hansEdition);
    const zhu = {
      "南朝思想家范縝著有《神滅論》": "南朝思想家范缜著有《神灭论》",
      他一生著有詩集三部: "他一生著有诗集三部",
      他著有有關蒙古農業社會主義改造的書籍: "他著有有关蒙古农业社会主义改造的书籍",
      魯迅所著的小說: "鲁迅所著的小说",
      此書為他所著: "此书为他所著",
      這部電影改編自原著小說: "这部电影改编自原著小说",
      他的專著很多: "他的专著很多",
      當地的土著居民: "当地的土著居民",
      成績卓著: "成绩卓著",
      他編著了一本書: "他编著了一本书",
      這是一部學術論著: "这是一部学术论著",
    };
    const particle = {
      他穿著有破洞的衣服: "他穿着有破洞的衣服",
      牆上寫著有人在家: "墙上写着有人在家",
      這意味著有一天會失去: "这意味着有一天会失去",
      他身上帶著有關部門開具的證明和作品: "他身上带着有关部门开具的证明和作品",
      他所著重的是效率: "他所着重的是效率",
      他正在改編著劇本: "他正在改编着剧本",
      他們正在討論著這件事: "他们正在讨论着这件事",
      大家各自著手準備: "大家各自着手准备",
    };
    for (const [hant, hans] of Object.entries({ ...zhu, ...particle }))
      expect([hant, intoSimplified(hant)]).toEqual([hant, hans]);
    expect(intoHongKong("這部電影改編自原著小說，他穿著外套。")).toBe("這部電影改編自原著小説，他穿着外套。");
  });

  // BYVoid/OpenCC#989 (著名 taking 住著名叫), and era names opencc reads as 干.
  it("reads 著 before 名為 or 名叫 as the particle, 乾 of an era name as 乾, and writes 揹, 暱 as Simplified does", () => {
    const intoSimplified = (text: string) => converter.convert(text, traditional, hansEdition);
    const pairs = {
      在這座城市內生活著名為精靈的種族: "在这座城市内生活着名为精灵的种族",
      森林裡住著名叫阿土的老獵人: "森林里住着名叫阿土的老猎人",
      他是著名的作家: "他是著名的作家",
      "乾興元年，宋真宗駕崩": "乾兴元年，宋真宗驾崩",
      乾統是遼天祚帝的年號: "乾统是辽天祚帝的年号",
      乾德三年: "乾德三年",
      乾隆皇帝下江南: "乾隆皇帝下江南",
      衣服乾和濕的年輕人: "衣服干和湿的年轻人",
      他的嘴唇很乾: "他的嘴唇很干",
      他揹著書包: "他背着书包",
      他的暱稱很可愛: "他的昵称很可爱",
    };
    for (const [hant, hans] of Object.entries(pairs)) expect([hant, intoSimplified(hant)]).toEqual([hant, hans]);
  });

  it("reads 著 right after a verb as the particle where a phrase of 著 zhù follows (看著名單, 帶著書); 罣, 徬, 姊", () => {
    const intoSimplified = (text: string) => converter.convert(text, traditional, hansEdition);
    const pairs = {
      他低頭看著名單上的字: "他低头看着名单上的字",
      隨著名聲越來越大: "随着名声越来越大",
      她每天帶著書到公園讀: "她每天带着书到公园读",
      里長帶著志工打掃街道: "里长带着志工打扫街道",
      他嘴裡說著稱讚的話: "他嘴里说着称赞的话",
      這部小說著名於世: "这部小说著名于世",
      他一生著書立說: "他一生著书立说",
      效果顯著: "效果显著",
      "調查員順著名冊逐戶拜訪，她跟著作曲家學琴": "调查员顺着名册逐户拜访，她跟着作曲家学琴",
      "架上有一本魯迅著的《吶喊》": "架上有一本鲁迅著的《呐喊》",
      "心無罣礙，不再徬徨，姊姊和姊夫也來了": "心无挂碍，不再彷徨，姐姐和姐夫也来了",
    };
    for (const [hant, hans] of Object.entries(pairs)) expect([hant, intoSimplified(hant)]).toEqual([hant, hans]);
  });

  // BYVoid/OpenCC#963 (高爾基 著 read as the particle); 乾淳 (乾道 and 淳熙) read as 干淳.
  it("reads the 著 of a credit as 著 and 乾淳 as 乾, into Simplified and Hong Kong", () => {
    const intoSimplified = (text: string) => converter.convert(text, traditional, hansEdition);
    const pairs = {
      "《母親》，高爾基 著，1906年出版。": "《母亲》，高尔基 著，1906年出版。",
      "《紅樓夢》（清）曹雪芹 著": "《红楼梦》（清）曹雪芹 著",
      "張三 著 / 李四 譯": "张三 著 / 李四 译",
      "他一直在那裡等著，沒有離開。": "他一直在那里等着，没有离开。",
      "你聽著，我跟你說": "你听着，我跟你说",
      南宋的乾淳之治: "南宋的乾淳之治",
    };
    for (const [hant, hans] of Object.entries(pairs)) expect([hant, intoSimplified(hant)]).toEqual([hant, hans]);
    // Hong Kong writes 著 for writing and 着 for the particle: Taiwan's 著 is decided the same way.
    expect(intoHongKong("《童年》，高爾基 著。范縝著有《神滅論》，魯迅所著的小說。他一直等著。")).toBe(
      "《童年》，高爾基 著。范縝著有《神滅論》，魯迅所著的小説。他一直等着。",
    );
    expect(intoHongKong("森林裡住著名叫阿土的老獵人，意味著有一天")).toBe("森林裏住着名叫阿土的老獵人，意味着有一天");
  });
});

describe("Traditional variants and words Simplified writes otherwise", () => {
  // Round 21: 妳, 牠, 砲, 搾, 瞇 are not written in Simplified; 帳 of accounts is 账, of tents 帐.
  it("writes 你, 它, 炮, 榨, 眯, 账 of accounts and keeps 帐 of tents and 徵 of the scale", () => {
    const intoSimplified = (text: string) => converter.convert(text, traditional, hansEdition);
    const pairs = {
      "記者問女選手：妳對明天的決賽有信心嗎？": "记者问女选手：你对明天的决赛有信心吗？",
      熱心民眾將牠抱到路旁: "热心民众将它抱到路旁",
      金門民眾憶起八二三砲戰: "金门民众忆起八二三炮战",
      糖廠開始搾汁製糖: "糖厂开始榨汁制糖",
      不少觀眾瞇著眼睛觀看比賽: "不少观众眯着眼睛观看比赛",
      詐騙集團要求被害人匯款到指定帳戶: "诈骗集团要求被害人汇款到指定账户",
      "付完帳後，他們翻起舊帳": "付完账后，他们翻起旧账",
      災民住進帳篷和營帳: "灾民住进帐篷和营帐",
      掛起蚊帳: "挂起蚊帐",
      "樂曲運用宮、商、角、徵、羽五聲音階": "乐曲运用宫、商、角、徵、羽五声音阶",
      政府徵收稅款: "政府征收税款",
      // Round 61: 徵調 of requisitioning, not the mode of the scale opencc keeps (以徵調寫成).
      縣府緊急徵調民間怪手: "县府紧急征调民间怪手",
      這首古曲以徵調寫成: "这首古曲以徵调写成",
      "談判膠著於加薪幅度，他沉著於應對": "谈判胶着于加薪幅度，他沉着于应对",
      出一碟酸豆角就著白粥吃: "出一碟酸豆角就着白粥吃",
    };
    for (const [hant, hans] of Object.entries(pairs)) expect([hant, intoSimplified(hant)]).toEqual([hant, hans]);
  });

  // CC-CEDICT's words read back through the converter (2026-12-06): forms the mainland merged as
  // variants, 份 of a member, 帳 of a bed curtain where the cut keeps the phrase from deciding.
  it("writes the mainland's forms of Taiwan's variants, 分子 of a member and 帐 of a curtain", () => {
    const intoSimplified = (text: string) => converter.convert(text, traditional, hansEdition);
    const pairs = {
      警方逮捕兩名恐怖份子: "警方逮捕两名恐怖分子",
      "知識份子的責任，成為社會的一份子": "知识分子的责任，成为社会的一分子",
      "同事們湊份子，送上份子錢": "同事们凑份子，送上份子钱",
      "大部份民眾支持，其中部份人反對": "大部分民众支持，其中部分人反对",
      基金全部份額已售出: "基金全部份额已售出",
      // Round 44: a component or due share is 分; 本份 of duty, not this copy; 股份 and 份額 stay.
      "過份依賴進口，水份不足，成份股上漲": "过分依赖进口，水分不足，成分股上涨",
      "照顧病人是我的本份，請把本份文件交給他": "照顾病人是我的本分，请把本份文件交给他",
      "他持有公司股份，十月份到期": "他持有公司股份，十月份到期",
      "聲音低沈，船隻下沈，疏濬河道，業主覆函": "声音低沉，船只下沉，疏浚河道，业主复函",
      // 於姓 and 於氏 name the surname whatever jieba joins (位於); 於姓名欄 is the preposition.
      "一位於姓鄰長提議，請於姓名欄填寫": "一位於姓邻长提议，请于姓名栏填写",
      她放下床帳睡了: "她放下床帐睡了",
      "掛上帳簾，他起床帳單就來了": "挂上帐帘，他起床账单就来了",
      "他的姪子仿傚叔叔，琳瑯滿目": "他的侄子仿效叔叔，琳琅满目",
      "氣勢磅礡，窗櫺上的肈事紀錄": "气势磅礴，窗棂上的肇事纪录",
      "座標軸上，唐太宗器重魏徵": "坐标轴上，唐太宗器重魏征",
      "從小受到藝術薰陶，見微知著": "从小受到艺术熏陶，见微知著",
      "他功績炳著，彰明較著": "他功绩炳著，彰明较著",
      "比較著急的民眾，見著了": "比较着急的民众，见着了",
      // 顎 of the jaw is 颚, of the palate 腭.
      "車禍造成下顎骨折，昆蟲的大顎": "车祸造成下颚骨折，昆虫的大颚",
      醫師為唇顎裂病童修補硬顎: "医师为唇腭裂病童修补硬腭",
      // 鬭, 鎗 and 甚麼 are written 斗, 枪 and 什么; 剋 of a scolding stays (通用规范汉字表).
      "他為甚麼在鬭毆中掏出手鎗？": "他为什么在斗殴中掏出手枪？",
      "他被主管剋了一頓，五行相剋": "他被主管剋了一顿，五行相克",
      "易經說乾為天，乾卦六爻；衣服乾了": "易经说乾为天，乾卦六爻；衣服干了",
      // Round 24: 新著, 祇 of "only", 規畫 and 覆 of doing again are written 著, 只, 规划, 复.
      "他的新著祇印了三千冊，縣府規畫展覽": "他的新著只印了三千册，县府规划展览",
      "議員提出覆議案，被告申請司法覆核，病人覆診；顛覆議會": "议员提出复议案，被告申请司法复核，病人复诊；颠覆议会",
      "古代神祇，無量阿僧祇劫，祇樹給孤獨園，重新著手": "古代神祇，无量阿僧祇劫，祇树给孤独园，重新着手",
      // Round 29: 著 between an author and a title; 覆 of replying.
      "班固著《漢書》，他看著《紅樓夢》入迷": "班固著《汉书》，他看着《红楼梦》入迷",
      "對讀者來信一一回覆，重蹈覆轍": "对读者来信一一回复，重蹈覆辙",
    };
    for (const [hant, hans] of Object.entries(pairs)) expect([hant, intoSimplified(hant)]).toEqual([hant, hans]);
  });
});

describe("the site's traditionalSource setting", () => {
  it("reads Traditional source by twp's phrases for Simplified only when the site asks", () => {
    const settings = { editions, overrides: [], groups: [], traditionalSource: "twp" as const };
    const asked = getConverter(settings);
    const from = sourceLanguage("hant", settings);
    expect(from).toEqual({ script: "hant", standard: "twp" });
    expect(asked.convert("他發了簡訊", from, hansEdition)).toBe("他发了短信");
    // Traditional editions still take character forms only.
    expect(asked.convert("搭計程車回家裏", from, hongKong)).toBe("搭計程車回家裏");
    expect(asked.convert("搭計程車回家裏", from, taiwan)).toBe("搭計程車回家裡");
  });

  it("is validated with the rest of the configuration", () => {
    const good = checkSiteConfig({ ...defaultSiteConfig, conversion: { traditionalSource: "hk" } });
    expect(good.ok && good.config.conversion.traditionalSource).toBe("hk");
    const bad = checkSiteConfig({ ...defaultSiteConfig, conversion: { traditionalSource: "big5" } });
    expect(bad.ok).toBe(false);
    expect(bad.ok ? [] : bad.problems.map((problem) => problem.path.join("."))).toEqual([
      "conversion.traditionalSource",
    ]);
  });
});

describe("the default site (Taiwan edition on twp)", () => {
  it("publishes a Traditional article's 簡訊 as 简讯 and keeps its vocabulary in the Taiwan edition", () => {
    const { article: parsed, diagnostics } = parse(article("他在屋裏發了簡訊，搭計程車，用軟件。", "script: hant\n"));
    expect(diagnostics).toEqual([]);
    expect(parsed?.editions["zh-hans"]?.sections[0]?.html).toBe("<p>他在屋里发了简讯，搭计程车，用软件。</p>");
    expect(parsed?.editions["zh-hant"]?.sections[0]?.html).toBe("<p>他在屋裡發了簡訊，搭計程車，用軟件。</p>");
  });
});
