/** CC-CEDICT's words settle a one-to-many character where opencc has no phrase (lexicon.ts). */
import { describe, expect, it } from "vitest";
import { getConverter } from "../../../src/lib/script/converter.ts";
import { LEXICON_REASON } from "../../../src/lib/script/engine.ts";
import { reviewConversion } from "../../../src/lib/script/review.ts";
import { hantEdition, SIMPLIFIED } from "./support.ts";

const shipped = getConverter({ editions: [], overrides: [], groups: [] });
const to = (text: string, standard: "tw" | "hk" = "tw") => shipped.convert(text, SIMPLIFIED, hantEdition(standard));

describe("CC-CEDICT's words", () => {
  it("read a character opencc would leave to its single-character default", () => {
    expect(to("清明节家家户户吃青团")).toBe("清明節家家戶戶吃青糰");
    expect(to("马里总统当天抵达")).toBe("馬里總統當天抵達");
    expect(to("马里总统当天抵达", "hk")).toBe("馬里總統當天抵達");
    expect(to("对手把积分吃干抹净")).toBe("對手把積分吃乾抹淨");
    expect(to("煤制油项目年内投产")).toBe("煤製油項目年內投產");
    expect(to("学校公布了新学期的校历")).toBe("學校公佈了新學期的校曆");
    expect(to("他下巴上的胡茬没刮")).toBe("他下巴上的鬍茬沒刮");
    expect(to("南朝思想家范缜著有《神灭论》")).toBe("南朝思想家范縝著有《神滅論》");
  });

  it("read the characters whose forms differ in meaning beyond those editors check most", () => {
    expect(to("占婆王国曾经十分强盛。")).toBe("占婆王國曾經十分強盛。");
    expect(to("网友纷纷按赞支持。")).toBe("網友紛紛按讚支持。");
    expect(to("卤质元素")).toBe("鹵質元素");
    expect(to("这部电影很疗愈")).toBe("這部電影很療癒");
    expect(to("他买了一根新钓杆")).toBe("他買了一根新釣桿");
  });

  it("never beat a dictionary phrase or a context rule", () => {
    // CC-CEDICT writes 文彙報; opencc's phrase (the newspaper's own name) is 文匯報.
    expect(to("文汇报记者报道")).toBe("文匯報記者報道");
    // A person name guess (范 of 范志强) and a rule (干 of 干部) stand as they were.
    expect(to("记者范志强报道，老干部干劲十足")).toBe("記者范志強報道，老幹部幹勁十足");
  });

  it("must be a word of the sentence, or characters jieba left single", () => {
    // 发|小额: 发小 (a childhood friend) would cut into 小额; 干|手机: jieba reads doing, not a hand dryer.
    expect(to("银行这次发小额贷款")).toBe("銀行這次發小額貸款");
    expect(to("老板要求员工干手机维修")).toBe("老闆要求員工幹手機維修");
    // 面对面|的: no minibus 面的 (a word ending in a particle is not in the lexicon).
    expect(to("双方进行了面对面的交流")).toBe("雙方進行了面對面的交流");
  });

  it("show in the review list under their source", () => {
    const item = reviewConversion("清明节家家户户吃青团", SIMPLIFIED, hantEdition("tw")).find(
      (entry) => entry.source === "团",
    );
    expect(item?.kind).toBe("rule");
    expect(item?.reason).toBe(LEXICON_REASON);
    expect(item?.target).toBe("糰");
  });
});
