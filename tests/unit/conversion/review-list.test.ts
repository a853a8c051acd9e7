/**
 * The review list measured on every sourced conversion set (tests/unit/conversion/pairs.ts),
 * Taiwan edition, by the lines the report shows by default (risk ≥ 50): on the development pairs
 * it names every wrong decision; on all pairs (held-out halves counted by totals) it keeps the
 * figures measured with measure.ts. The engine now gets every development pair right, so
 * "fewer false alarms than named ones" is checked where there are errors enough to count: on the
 * decisions of the engine without its rules, with risks calibrated on the other half of the
 * pairs (review-cv.ts; docs/testing.md).
 */
import { describe, expect, it } from "vitest";
import { getConverter } from "../../../src/lib/script/converter.ts";
import { reviewConversion, ruleLine } from "../../../src/lib/script/review.ts";
import { hansEdition, hantEdition, SIMPLIFIED, taiwan } from "./support.ts";
import { pairs, type Pair } from "./pairs.ts";
import { crossValidate, type Scope } from "./review-cv.ts";

const SHOWN = 50;

function tally(list: readonly Pair[]): { wrong: number; named: number; falseAlarms: number } {
  const converter = getConverter({ editions: [], overrides: [], groups: [] });
  let wrong = 0;
  let named = 0;
  let falseAlarms = 0;
  for (const entry of list) {
    const ours = converter.convert(entry.hans, SIMPLIFIED, hantEdition("tw"));
    const shown = reviewConversion(entry.hans, SIMPLIFIED, hantEdition("tw")).filter((item) => item.risk >= SHOWN);
    const wrongAt = new Set<number>();
    expect(ours.length).toBe(entry.tw.length);
    for (let i = 0; i < ours.length; i++) if (ours[i] !== entry.tw[i]) wrongAt.add(i);
    wrong += wrongAt.size;
    named += [...wrongAt].filter((at) => shown.some((item) => item.offset === at)).length;
    falseAlarms += shown.filter((item) => !wrongAt.has(item.offset)).length;
  }
  return { wrong, named, falseAlarms };
}

describe("review list", () => {
  const all = pairs().filter((pair) => pair.set !== "open-upstream");

  // 发卡 (a hairpin here) is listed as a phrase with another reading: one more line than before.
  // Measured 2026-12-05 after two-character phrases crossing into a word against the default
  // were raised (CROSSING_AGAINST_DEFAULT_RISK): 6 false alarms (3 before), 干红, 短发, 周线 among them.
  // 2026-12-06, calibrated on the round TSVs too: 19, nearly all phrases the rounds showed going
  // either way (干了 of doing and of drying, 干得, 金发, 是只); 20 with rounds 58–69 (交通要冲).
  it("names every wrong decision of the development pairs, with at most the 20 false alarms measured", () => {
    const { wrong, named, falseAlarms } = tally(all.filter((pair) => !pair.heldOut));
    expect(named).toBe(wrong);
    expect(falseAlarms).toBeLessThanOrEqual(20);
  });

  // Measured 2026-12-05 after defaults were raised for text the rules were not written from
  // (UNSEEN_TEXT_SHIFT): 7 false alarms (5 before), among them 系 of 计算机系 and 面 of 面很好吃;
  // 11 after crossing phrases against the default were raised (地瓜干和, 干红, 周线图, 剪短发);
  // 25 calibrated on the round TSVs too (2026-12-06), 26 with rounds 58–69, 28 with rounds to 191 (2026-12-07).
  it("keeps its measured figures on all pairs: ≥ 1 of ≤ 3 wrong decisions named, ≤ 28 false alarms", () => {
    const { wrong, named, falseAlarms } = tally(all);
    expect(wrong).toBeLessThanOrEqual(3);
    expect(named).toBeGreaterThanOrEqual(Math.min(1, wrong));
    expect(falseAlarms).toBeLessThanOrEqual(28);
  });

  // Cross-validation (review-cv.ts): the engine without its rules, each half of the pairs listed
  // with risks calibrated on the other half; the history of these figures is in docs/conversion.md
  // (the review list). Blind, the engine of 37bacdf calibrated on the rounds before 47 named 125 of
  // the 235 wrong Taiwan decisions of rounds 47–57 with 68 false alarms (51 and 35 with the
  // development pairs' calibration alone).
  // The ceiling on false alarms is a count (development pairs, a fixed set) or a share of the wrong
  // decisions (every pair, a set that grows with each round).
  const expectCrossValidation = (
    scope: Scope,
    floor: { wrong: number; named: number; falseAlarms: number; perNamed: number },
  ) => {
    const { wrong, byThreshold } = crossValidate([SHOWN], scope);
    const { named = 0, falseAlarms = Infinity } = byThreshold[0] ?? {};
    expect(wrong).toBeGreaterThan(floor.wrong);
    expect(named / wrong).toBeGreaterThanOrEqual(floor.named);
    expect(falseAlarms).toBeLessThanOrEqual(floor.falseAlarms < 1 ? floor.falseAlarms * wrong : floor.falseAlarms);
    expect(falseAlarms).toBeLessThan(named * floor.perNamed);
  };
  // Each cross-validation calibrates twice on every round TSV: about 25 s alone, 83 s beside the
  // browser tests on CI's two cores (2026-12-07, when 60 s timed out).
  const CROSS_VALIDATION_TIMEOUT = 300_000;

  it(
    "names nearly three in four wrong decisions the rules were not written from, with fewer false alarms",
    () => {
      // 2026-12-07: the development pairs, each half calibrated on the other and on every round TSV:
      // 2026-12-08, rounds 70–275, 70–280 and 70–284 with the given-name characters cue (review-names.ts): 76 of 103, 31
      // (round 275's 刮得 of wind took opencc's phrase 刮得 from 54 to 49, below the bar for 胡须刮得).
      // 77 of 103 named, 30 false alarms with rounds 70–270, 70–265 and 70–260; 29 with rounds 70–254; 30 with rounds 70–247, 70–242, 70–241, 70–236, 70–230, 70–225 and 70–220; 31 with rounds 70–214; 77 and 32 with rounds 70–199; 80 and 34 with rounds 70–191 (77 and 33 with rounds 70–190), 77 and 32 with rounds 70–179, 31 with rounds 70–174, 30 with rounds 70–167 and 70–162 (rounds 155–162's hair clips, 一个旧发卡,
      // took opencc's phrase 发卡 below the bar, and with it three 发卡 of issuing cards);
      // 80 of 103, 32 with rounds 70–154 and 70–149 (rounds 144–149's 周 left alone and right,
      // mostly names and circuits, took 周 alone from 50 to 19, below the bar for four weeks: 工作周,
      // 前周, 周计划, 周涨幅); 84 of 103, 28 with rounds 70–143, 27 with rounds 70–137 and 70–131; 26 with rounds 70–101; 88 and 30 with
      // rounds 70–97 (rounds 98–101 read opencc's phrase 干了 of doing right often enough that its four
      // drying 干了 fell below 50); 41 false alarms on 2026-12-06, before rounds 70–93 and jieba's
      // retagged place names. A settled default (冲 after 很) stays below the bar even where 冲 alone is
      // calibrated at 80.
      expectCrossValidation("development", { wrong: 100, named: 0.73, falseAlarms: 34, perNamed: 1 / 2 });
    },
    CROSS_VALIDATION_TIMEOUT,
  );

  it(
    "names three in four wrong decisions of every sourced pair without rules, by halves",
    () => {
      // 2026-12-08: the development pairs and the round TSVs (50,042 pairs with rounds 70–284, 11,586
      // wrong decisions; Traditional-source pairs calibrate but are not listed): 9,741 named (84.1 %),
      // 1,707 false alarms, 0.147 per wrong decision (0.168 with rounds 70–247, 0.163 with rounds 70–230).
      // The ceiling, a count raised twice as the pairs grew (1,200, 1,300, 1,400), is now that share: 0.18
      // of the wrong decisions (rounds 70–280: 49,243 pairs, 9,419 of 11,233, 1,680;
      // rounds 70–275: 48,243 pairs, 9,134 of 10,907, 1,638;
      // rounds 70–270: 47,243 pairs, 8,753 of 10,549, 1,565;
      // rounds 70–265: 46,243 pairs, 8,353 of 10,093, 1,544;
      // rounds 70–260: 45,243 pairs, 7,982 of 9,636, 1,516;
      // rounds 70–254: 44,043 pairs, 7,445 of 9,009, 1,457;
      // rounds 70–247: 42,843 pairs, 6,926 of 8,343, 1,404;
      // rounds 70–242: 41,843 pairs, 6,799 of 8,207, 1,350;
      // rounds 70–241: 41,697 pairs, 6,783 of 8,122, 1,322;
      // rounds 70–236: 40,698 pairs, 6,623 of 7,946, 1,282;
      // rounds 70–230: 39,611 pairs, 6,474 of 7,771, 1,265;
      // rounds 70–225: 38,614 pairs, 6,322 of 7,598, 1,224;
      // rounds 70–220: 37,614 pairs, 6,148 of 7,409, 1,201;
      // rounds 70–214: 36,614 pairs, 6,005 of 7,235, 1,210;
      // rounds 70–199: 34,216 pairs, 5,603 of 6,781, 1,137;
      // rounds 70–191: 32,839 pairs, 5,389 of 6,523, 1,071;
      // rounds 70–179: 30,600 pairs, 5,037 of 6,111, 961;
      // rounds 70–174: 29,760 pairs, 4,944 of 6,002, 970;
      // rounds 70–167: 28,417 pairs, 4,732 of 5,749, 932;
      // rounds 70–162: 27,577 pairs, 4,597 of 5,608, 894;
      // rounds 70–154: 26,231 pairs, 4,360 of 5,310, 817;
      // rounds 70–149: 25,381 pairs, 4,243 of 5,174, 810;
      // rounds 70–143: 24,457 pairs, 4,131 of 5,020, 790;
      // rounds 70–137: 23,382 pairs, 3,985 of 4,838, 762;
      // rounds 70–131: 22,459 pairs, 3,865 of 4,688, 736;
      // rounds 70–125: 21,504 pairs, 3,753 of 4,554, 730;
      // rounds 70–121: 20,499 pairs, 3,630 of 4,412, 702;
      // rounds 70–113: 19,560 pairs, 3,512 of 4,277, 682; rounds 70–109: 18,760 pairs, 3,408 of 4,140,
      // 664; rounds 70–93: 15,560 pairs, 2,849 of 3,482, 585; before them, 2026-12-06: 10,962 pairs,
      // 1,583 of 2,077, 465).
      expectCrossValidation("all", { wrong: 7000, named: 0.81, falseAlarms: 0.18, perNamed: 1 / 4 });
    },
    CROSS_VALIDATION_TIMEOUT,
  );

  it("lists a given name's character read otherwise where news puts a name, spelling the name", () => {
    // The engine finds given names after titles and before verbs of speech where jieba tags the
    // surname a name; where it tags 林 a morpheme (林|发根), the list names the decision.
    const cases = [
      { text: "林发根表示，他会继续参选。", char: "发", name: { "zh-hans": "林发根", "zh-hant": "林發根" } },
      { text: "店主林发根说，生意不好做。", char: "发", name: { "zh-hans": "林发根", "zh-hant": "林發根" } },
    ];
    for (const { text, char, name } of cases) {
      const item = reviewConversion(text, SIMPLIFIED, hantEdition("tw")).find((entry) => entry.source === char);
      expect(item?.evidence?.givenName, text).toBe("speaker");
      expect(item?.risk).toBeGreaterThanOrEqual(SHOWN);
      expect(item?.fix).toEqual(name);
    }
    // The same characters in words, where no name stands, are not listed so (头发, 放松).
    for (const text of ["他说头发是前年开始白的。", "据介绍，政策将适度放松。"])
      expect(
        reviewConversion(text, SIMPLIFIED, hantEdition("tw")).filter((entry) => entry.evidence?.givenName),
      ).toEqual([]);
  });

  // Held-out rounds 249–270 (each on its engine before its rules): 16 more of 352 wrong Taiwan
  // decisions named with 9 more false alarms; rounds 271–275, 2 more of 36 with 1 more (2026-12-08).
  it("lists a surname read otherwise before two characters common in given names, after a person or 的", () => {
    const cases = [
      { text: "记者采访余德胜时，他正在核对时间表。", char: "余", cue: "after-title" },
      { text: "替补席上的党一鸣激动得跳了起来。", char: "党", cue: "given-name" },
    ];
    for (const { text, char, cue } of cases) {
      const item = reviewConversion(text, SIMPLIFIED, hantEdition("tw")).find((entry) => entry.source === char);
      expect(item?.target, text).not.toBe(char);
      expect(item?.evidence?.nameSlot, text).toBe(cue);
      expect(item?.risk).toBeGreaterThanOrEqual(SHOWN);
    }
    // A common word opening at the surname, a time, or function characters after it: no name.
    for (const text of [
      "父亲后来发现门没锁。",
      "出海前，游客可以在码头买票。",
      "，周五常常供不应求。",
      "干部于上周因病去世。",
    ])
      expect(
        reviewConversion(text, SIMPLIFIED, hantEdition("tw")).filter((entry) => entry.evidence?.nameSlot !== undefined),
        text,
      ).toEqual([]);
  });

  it("does not raise the default of a character the calibration never saw (须 of must)", () => {
    const item = reviewConversion("乘客上车后须系好安全带。", SIMPLIFIED, hantEdition("tw")).find(
      (entry) => entry.source === "须",
    );
    expect(item).toMatchObject({ kind: "default", target: "須" });
    expect(item?.risk).toBeLessThan(SHOWN);
  });

  it("lists a default that a CC-CEDICT word inside jieba's word reads otherwise (大家|伙: 家伙)", () => {
    // jieba's 大家伙 refuses opencc's phrase 家伙 (it starts inside the word), so 伙 falls to its
    // default 夥; CC-CEDICT's 家伙 reads it 伙.
    const item = reviewConversion("渔民从海中捞上了这个大家伙。", SIMPLIFIED, hantEdition("tw")).find(
      (entry) => entry.source === "伙",
    );
    expect(item).toMatchObject({
      kind: "default",
      target: "夥",
      evidence: { otherWord: { word: "家伙", reading: "伙" } },
    });
    expect(item?.risk).toBeGreaterThanOrEqual(SHOWN);
    expect(item?.fix).toEqual({ "zh-hans": "家伙", "zh-hant": "家伙" });
  });

  it("settles a word CC-CEDICT reads against opencc's default (签售会: 簽)", () => {
    const text = "作家的新书签售会在书店举行。";
    const converted = getConverter({ editions: [], overrides: [], groups: [] }).convert(
      text,
      SIMPLIFIED,
      hantEdition("tw"),
    );
    expect(converted).toContain("簽售會");
    expect(
      reviewConversion(text, SIMPLIFIED, hantEdition("tw")).find((entry) => entry.source === "签")?.risk ?? 0,
    ).toBeLessThan(SHOWN);
  });

  it("lists a two-character phrase that crosses into a word against the default (周|线图: 週)", () => {
    const item = reviewConversion("股市周线图显示上涨趋势。", SIMPLIFIED, hantEdition("tw")).find(
      (entry) => entry.source === "周",
    );
    expect(item).toMatchObject({ kind: "phrase", target: "週", evidence: { crosses: true, againstDefault: true } });
    expect(item?.risk).toBeGreaterThanOrEqual(SHOWN);
    // Longer phrases crossing a word stay below the bar (辟支佛|法).
    const longer = reviewConversion("愿成佛已不说声闻辟支佛法", SIMPLIFIED, hantEdition("tw")).find(
      (entry) => entry.source === "辟",
    );
    expect(longer?.risk ?? 0).toBeLessThan(SHOWN);
  });

  it("spells the CC-CEDICT word in the fix where a shorter phrase decided (扔回|力镖: 回力镖 迴力鏢)", () => {
    const item = reviewConversion("孩子们在草地上扔回力镖。", SIMPLIFIED, hantEdition("tw")).find(
      (entry) => entry.source === "回",
    );
    expect(item?.evidence?.otherWord).toMatchObject({ word: "回力镖", reading: "迴" });
    expect(item?.fix).toEqual({ "zh-hans": "回力镖", "zh-hant": "迴力鏢" });
  });

  it("ranks a phrase that CC-CEDICT spells otherwise just below the bar (付托: 付託 against 付托)", () => {
    const item = reviewConversion("他临终前把家业付托给了老友。", SIMPLIFIED, hantEdition("tw")).find(
      (entry) => entry.source === "托",
    );
    expect(item).toMatchObject({ kind: "phrase", target: "託", evidence: { otherWord: { word: "付托" } } });
    expect(item?.risk).toBeLessThan(SHOWN);
    expect(item?.risk).toBeGreaterThanOrEqual(45);
    expect(item?.fix).toEqual({ "zh-hans": "付托", "zh-hant": "付托" });
  });

  it("takes no other word where CC-CEDICT has the chosen reading too (发卡: hairpin and card issue)", () => {
    const item = reviewConversion("他们推出免费发卡服务。", SIMPLIFIED, hantEdition("tw")).find(
      (entry) => entry.source === "发",
    );
    expect(item?.evidence?.otherWord).toBeUndefined();
  });

  it("lists a default of a character often wrong in unseen text (面 alone), not a settled one", () => {
    const item = reviewConversion("他说面已经卖完了。", SIMPLIFIED, hantEdition("tw")).find(
      (entry) => entry.source === "面",
    );
    expect(item).toMatchObject({ kind: "default", target: "面", evidence: { settled: false } });
    expect(item?.risk).toBeGreaterThanOrEqual(SHOWN);
  });

  it("does not rank a phrase by a reading seen once in the calibration (干劲十足, jieba's nr)", () => {
    const item = reviewConversion("他一向干劲十足。", SIMPLIFIED, hantEdition("tw")).find(
      (entry) => entry.source === "干",
    );
    expect(item).toMatchObject({ kind: "phrase", target: "幹", evidence: { tag: "nr" } });
    expect(item?.risk).toBeLessThan(SHOWN);
  });

  it("lists a dictionary phrase that misread the character in the calibration pairs, saying it has another reading", () => {
    // 金发 is a given name as often as blond hair (余金发); 发卡 fell below the bar as hair clips
    // outnumbered cards in the rounds to 162.
    const [blond] = reviewConversion("她留着一头金发。", SIMPLIFIED, hantEdition("tw")).filter(
      (item) => item.source === "发",
    );
    expect(blond).toMatchObject({ kind: "phrase", target: "髮", evidence: { phraseMisread: true } });
    expect(blond?.risk).toBeGreaterThanOrEqual(SHOWN);
    // A phrase never misread stays below the bar, and so does one misread once in many (头发: 低头|发微信).
    const [haircut] = reviewConversion("她去理发了。", SIMPLIFIED, hantEdition("tw")).filter(
      (item) => item.source === "发",
    );
    expect(haircut).toMatchObject({ kind: "phrase", target: "髮", evidence: { phraseMisread: false } });
    expect(haircut?.risk).toBeLessThan(SHOWN);
    const [hair] = reviewConversion("她剪了头发。", SIMPLIFIED, hantEdition("tw")).filter(
      (item) => item.source === "发",
    );
    expect(hair).toMatchObject({ kind: "phrase", target: "髮", evidence: { phraseMisread: true } });
    expect(hair?.risk).toBeLessThan(SHOWN);
  });

  it("takes a whole name jieba knows for a surname's place when no name rule read it (bare engine)", () => {
    const [surname] = reviewConversion("余秋雨的散文很受欢迎。", SIMPLIFIED, hantEdition("tw"), { bare: true }).filter(
      (item) => item.source === "余",
    );
    expect(surname).toMatchObject({ kind: "default", target: "餘", evidence: { nameShaped: true } });
    expect(surname?.risk).toBeGreaterThanOrEqual(SHOWN);
  });

  it("lists a phrase, a rule and a name decision with --all-level risks, each with its evidence", () => {
    const items = reviewConversion("作家余华说，他把头发甩干了。", SIMPLIFIED, hantEdition("tw"));
    const kinds = new Set(items.map((item) => item.kind));
    expect(kinds).toEqual(new Set(["name", "phrase", "rule", "default"]));
    const name = items.find((item) => item.kind === "name");
    expect(name?.evidence).toMatchObject({ disagrees: true });
    const phrase = items.find((item) => item.kind === "phrase");
    expect(phrase).toMatchObject({ source: "发", target: "髮", reason: "头发" });
    expect(phrase?.risk).toBeLessThan(SHOWN);
  });

  describe("a surname read otherwise where news puts a name", () => {
    const surname = (text: string, char: string) =>
      reviewConversion(text, SIMPLIFIED, hantEdition("tw")).find((item) => item.source === char);

    // The surname and the next character make a word (于是, 谷雨, 周一): no name rule fires, but a
    // title, a form of address or another name stands beside them.
    it.each([
      ["青年演员于是安凭借新片获奖。", "于", "after-title", "于是安"],
      ["谷雨桐博士介绍了研究进展。", "谷", "before-title", "谷雨桐"],
      ["于海涛与周一诺在剧中饰演兄弟。", "周", "with-name", "周一诺"],
      // Two items before no word for people: the engine reads no names, the list asks.
      ["展出了范志远、叶青松，观众很多。", "范", "list", "范志远"],
    ])("lists %s with the cue and a rule spelling the name", (text, char, cue, name) => {
      const item = surname(text, char);
      expect(item?.evidence?.nameSlot).toBe(cue);
      expect(item?.risk).toBeGreaterThanOrEqual(SHOWN);
      expect(item?.sentence).toBe(text);
      expect(item?.fix["zh-hans"]).toBe(name);
      expect(ruleLine(item!.fix)).toContain(name);
    });

    // Each a name beside the same word read as a day, a city's office or the preposition's place.
    it.each([
      ["演员周一诺在现场看到，救援仍在继续。", "记者周一在现场看到，救援仍在继续。", "周"],
      ["据悉，沈阳光院士表示，地铁将于年底通车。", "沈阳市长表示，地铁将于年底通车。", "沈"],
      ["局长于仓明表示，发现了一批旧档案。", "工作人员于仓库中发现了一批旧档案。", "于"],
      ["据于北晨介绍，他教授书法多年。", "他于北京教授书法多年。", "于"],
      ["眼科主任干建明提醒，手机不宜久看。", "专家提醒，干眼症患者应减少使用手机。", "干"],
    ])("tells %s from %s", (name, other, char) => {
      const named = reviewConversion(name, SIMPLIFIED, hantEdition("tw"), { bare: true }).find(
        (item) => item.source === char,
      );
      expect(named?.evidence?.nameSlot).toBeDefined();
      expect(named?.risk).toBeGreaterThanOrEqual(SHOWN);
      const item = surname(other, char);
      expect(item?.evidence?.nameSlot).toBeUndefined();
      expect(item?.risk).toBeLessThan(SHOWN);
    });

    // The engine without its name rules (bare): the cues that stand for them.
    it.each([
      ["范建林在现场指挥救援。", "范", "opening"],
      ["警方对涂某依法刑事拘留。", "涂", "unnamed-person"],
      ["公司高管余志明出席发布会。", "余", "after-title"],
      ["粉丝小党给偶像寄了一封信。", "党", "familiar"],
      ["“老姜，你这碗姜汤熬得正好。”", "姜", "familiar"],
    ])("takes %s for a name's place (%s, %s)", (text, char, cue) => {
      const item = reviewConversion(text, SIMPLIFIED, hantEdition("tw"), { bare: true }).find(
        (entry) => entry.source === char,
      );
      expect(item?.evidence?.nameSlot).toBe(cue);
      expect(item?.risk).toBeGreaterThanOrEqual(SHOWN);
    });

    // A given name many people bear after the surname, whatever stands before it (a noun, 的, the
    // clause's start); not after a verb or 之, where 于 is the preposition (坐于莲花, 之于大明).
    it.each([
      ["受让方党建军表示，公司主业不变。", "党"],
      ["被评为大国工匠的涂建军，一辈子都在和焊枪打交道。", "涂"],
    ])("takes %s for a common given name's surname", (text, char) => {
      const item = reviewConversion(text, SIMPLIFIED, hantEdition("tw"), { bare: true }).find(
        (entry) => entry.source === char,
      );
      expect(item?.evidence?.nameSlot).toBe("given-name");
      expect(item?.risk).toBeGreaterThanOrEqual(SHOWN);
      expect(item?.fix["zh-hans"]).toBe(text.slice(item!.offset, item!.offset + 3));
    });

    it.each(["佛陀端坐于莲花之上。", "江山不是得之于大明。", "人之于文学，犹玉之琢磨也。"])(
      "takes no given name after a verb or 之 in %s",
      (text) => {
        const item = surname(text, "于");
        expect(item?.evidence?.nameSlot, text).toBeUndefined();
        expect(item?.risk ?? 0).toBeLessThan(SHOWN);
      },
    );

    // A context rule that read the character otherwise where news puts a name is listed like a default
    // (a two-character name: the engine takes only three after such a rule).
    it("lists a context rule's reading of a surname after a title (负责人干军)", () => {
      const text = "涉事企业负责人干军已被依法控制。";
      const item = reviewConversion(text, SIMPLIFIED, hantEdition("tw")).find((entry) => entry.source === "干");
      expect(item).toMatchObject({ kind: "rule", target: "幹", evidence: { nameSlot: "after-title" } });
      expect(item?.risk).toBeGreaterThanOrEqual(SHOWN);
      expect(item?.fix["zh-hans"]).toBe("干军");
    });

    it("takes no familiar name where 老 or 小 and the surname begin a longer word (小党派, 小于)", () => {
      for (const [text, char] of [
        ["他们组建了一个小党派。", "党"],
        ["这个数小于十。", "于"],
      ] as const) {
        const item = reviewConversion(text, SIMPLIFIED, hantEdition("tw"), { bare: true }).find(
          (entry) => entry.source === char,
        );
        expect(item?.evidence?.nameSlot, text).toBeUndefined();
      }
    });

    it("does not rank a surname's default where no name stands by its names' errors (周边游)", () => {
      // 游 was wrong once inside a word on the development pairs, in a name (游本昌): no evidence here.
      const item = surname("城市周边游成为热门选择。", "游");
      expect(item).toMatchObject({ kind: "default", target: "遊", evidence: { unnamed: true } });
      expect(item?.risk).toBeLessThan(SHOWN);
    });

    it("does not rank a phrase on a surname where no name stands by the surname's names (之余)", () => {
      // 余 read 餘 in words jieba tags m was wrong 8 times of 14 on the development pairs: 余华, 余秀华…
      for (const text of ["比赛之余，队员们参观了博物馆。", "事故造成二百余人受伤。"]) {
        const item = surname(text, "余");
        expect(item).toMatchObject({ kind: "phrase", target: "餘", evidence: { unnamed: true, tag: "m" } });
        expect(item?.risk).toBeLessThan(30);
      }
    });

    it("ranks the preposition 于 by its calibration apart from 于 in names", () => {
      // 于 alone was wrong 8 times of 11 on the development pairs, all of them names.
      const item = surname("工作人员于仓库中发现了一批旧档案。", "于");
      expect(item).toMatchObject({ kind: "default", target: "於", evidence: { unnamed: true } });
      expect(item?.risk).toBeLessThan(SHOWN);
    });
  });

  it("ranks a surname read as the surname low where jieba reads a name from it (周振华)", () => {
    const item = reviewConversion("市长跟周振华一起察看了灾情。", SIMPLIFIED, hantEdition("tw")).find(
      (entry) => entry.source === "周",
    );
    expect(item).toMatchObject({ kind: "default", target: "周", evidence: { nameAgrees: true } });
    expect(item?.risk).toBeLessThan(SHOWN);
  });

  it("lists a phrase of Traditional text that gives a rarer Simplified form (錢鍾書 → 钱锺书)", () => {
    const item = reviewConversion("學者錢鍾書的小說再版。", taiwan("tw"), hansEdition).find(
      (entry) => entry.source === "鍾",
    );
    expect(item).toMatchObject({ kind: "phrase", target: "锺", evidence: { rareForm: true } });
    expect(item?.risk).toBeGreaterThanOrEqual(SHOWN);
    expect(item?.fix).toEqual({ "zh-hant": "錢鍾書", "zh-hans": "钱钟书" });
  });

  it("settles 出 where no play is counted and 咸 of taste, not 出 after a numeral", () => {
    const risk = (text: string, char: string) =>
      reviewConversion(text, SIMPLIFIED, hantEdition("tw")).find((entry) => entry.source === char);
    for (const [text, char] of [
      ["网友晒出外婆手写的菜谱。", "出"],
      ["检测试剂盒十几分钟就能出结果。", "出"],
      ["汤底一点都不咸。", "咸"],
      ["茶餐厅的咸柠七很受欢迎。", "咸"],
    ] as const)
      expect(risk(text, char)?.evidence?.settled, text).toBe(true);
    // The engine's rules read these 齣; without them the default stays unsettled.
    for (const text of ["演员们演出了三出折子戏。", "你这是演哪出？"]) {
      const item = reviewConversion(text, SIMPLIFIED, hantEdition("tw"), { bare: true }).find(
        (entry) => entry.source === "出" && entry.kind === "default",
      );
      expect(item?.evidence?.settled, text).toBe(false);
    }
  });

  it("takes 冲 before where one rushes (冲在, 冲进) as settled 衝", () => {
    const item = reviewConversion("队员们冲在最前面，抢运物资。", SIMPLIFIED, hantEdition("tw")).find(
      (entry) => entry.source === "冲",
    );
    expect(item).toMatchObject({ kind: "default", target: "衝", evidence: { settled: true } });
    expect(item?.risk).toBeLessThan(SHOWN);
  });
});
