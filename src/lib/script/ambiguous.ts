/** Characters with several possible conversions, whose single-character default editors should check. */
import oneToMany from "../../../data/conversion/one-to-many.json" with { type: "json" };

/**
 * Simplified characters with more than one Traditional form (OpenCC's STCharacters lists them
 * with several targets; opencc-js keeps only the first), and Traditional ones with more than one
 * Simplified form (TSCharacters). Source: BYVoid/OpenCC data/dictionary/STCharacters.txt,
 * TSCharacters.txt and data/scheme/st_multi.txt; the subset where the default is often wrong in
 * news (了/瞭, 着/著, 向/嚮… are left out: their default is almost always right).
 */
export const AMBIGUOUS_HANS: Readonly<Record<string, readonly string[]>> = {
  发: ["發", "髮"],
  干: ["幹", "乾", "干"],
  里: ["裏", "里"],
  只: ["只", "隻"],
  后: ["後", "后"],
  历: ["歷", "曆"],
  于: ["於", "于"],
  周: ["周", "週"],
  范: ["範", "范"],
  面: ["面", "麪"],
  台: ["臺", "檯", "颱", "台"],
  系: ["系", "係", "繫"],
  松: ["松", "鬆"],
  冲: ["衝", "沖"],
  采: ["採", "采"],
  制: ["制", "製"],
  复: ["復", "複", "覆"],
  征: ["徵", "征"],
  准: ["準", "准"],
  钟: ["鐘", "鍾"],
  划: ["劃", "划"],
  斗: ["鬥", "斗"],
  尽: ["盡", "儘"],
  签: ["簽", "籤"],
  板: ["板", "闆"],
  表: ["表", "錶"],
  汇: ["匯", "彙"],
  团: ["團", "糰"],
  须: ["須", "鬚"],
  胡: ["胡", "鬍"],
  卷: ["卷", "捲"],
  余: ["餘", "余"],
  几: ["幾", "几"],
  丑: ["醜", "丑"],
  谷: ["谷", "穀"],
  姜: ["姜", "薑"],
  沈: ["沈", "瀋"],
  游: ["遊", "游"],
  郁: ["鬱", "郁"],
  朴: ["樸", "朴"],
  党: ["黨", "党"],
  涂: ["塗", "涂"],
  曲: ["曲", "麴"],
};

export const AMBIGUOUS_HANT: Readonly<Record<string, readonly string[]>> = {
  乾: ["干", "乾"],
  著: ["着", "著"],
  藉: ["借", "藉"],
  瞭: ["了", "瞭"],
  夥: ["伙", "夥"],
  覆: ["复", "覆"],
  昇: ["升", "昇"],
  甦: ["苏", "甦"],
  鍾: ["钟", "锺"],
  於: ["于", "於"],
};

/**
 * Simplified characters beyond AMBIGUOUS_HANS whose Traditional forms differ in meaning, not in
 * spelling alone (志/誌 a will or a record, 布/佈 cloth or to spread, 占/佔 to divine or to take):
 * CC-CEDICT's words settle them as they do AMBIGUOUS_HANS (data/conversion/build-lexicon.ts), and
 * the review list asks where such a word reads one otherwise (review.ts). Left out
 * are forms a region or a dictionary merely prefers (吃/喫, 唇/脣, 岩/巖, 艳/豔, 杯/盃, 烟/菸), and
 * characters so frequent that looking their words up costs more than it settles (了, 家, 出, 才,
 * 当, 向, 种, 叶: phrases and rules decide their rare other forms).
 */
export const SENSE_HANS: ReadonlySet<string> = new Set(
  "纤志布回托注欲杆奸扎折蒙愈咽扣雕凶卤咸占岳致幸杠困借席挽克哄巨背夫厘伙核参念并雇局赞累泛腌栗吊尸脏喂丰筑杰吁恶舍获彩坛朱症千秋术搜据刮弥铲佣蜡仆",
);

/**
 * Every character of OpenCC's character tables with more than one conversion (default first):
 * the one model of one-to-many characters for conversion, its review list and script detection.
 */
export const ONE_TO_MANY: {
  readonly hans: Readonly<Record<string, readonly string[]>>;
  readonly hant: Readonly<Record<string, readonly string[]>>;
} = { hans: oneToMany.hans, hant: oneToMany.hant };
