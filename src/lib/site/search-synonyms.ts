/**
 * Regional vocabulary for search: words that name the same thing in Hong Kong, Taiwan and the
 * mainland, in their folded (Simplified) forms, the group's index token first. Folding (fold.ts)
 * already brings Taiwan's words to the mainland's (計程車 → 出租车, 軟體 → 软件); these groups add
 * what it leaves apart, mostly Hong Kong usage (的士, 單車, 巴士, 電郵…). An article holding any
 * form is indexed under the group's token too, and a query for any form searches for the token.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["出租车", "的士", "计程车", "出租汽车"],
  ["自行车", "单车", "脚踏车", "脚车"],
  ["公交车", "巴士", "公车", "公共汽车", "公交"],
  ["摩托车", "电单车", "机车", "摩托"],
  ["地铁", "捷运"],
  ["电子邮件", "电邮", "电子邮箱"],
  ["短信", "短讯", "简讯"],
  ["手机", "移动电话", "手提电话", "行动电话"],
  ["空调", "冷气", "冷气机"],
  ["冰箱", "雪柜"],
  ["电梯", "升降机"],
  ["草莓", "士多啤梨"],
  ["土豆", "马铃薯", "薯仔"],
  ["菠萝", "凤梨"],
  ["激光", "镭射", "雷射"],
  ["在线", "网上", "线上"],
  ["屏幕", "荧幕", "萤幕"],
  ["私家车", "轿车", "自用车"],
  ["超市", "超级市场"],
  ["便利店", "便利商店"],
  ["外卖", "外送"],
  ["奶酪", "芝士", "起司", "乳酪"],
  ["冰淇淋", "雪糕", "冰激凌"],
  ["番茄", "西红柿"],
  ["沙拉", "沙律", "色拉"],
  ["三文鱼", "鲑鱼"],
  ["幼儿园", "幼稚园"],
  ["新西兰", "纽西兰"],
  ["软件", "软体"],
  ["网络", "网路"],
  ["信息", "资讯"],
  ["视频", "影片"],
  ["打印", "列印"],
  ["鼠标", "滑鼠"],
  ["高铁", "高速铁路"],
];

const groupOf = new Map<string, readonly string[]>();
for (const group of SYNONYM_GROUPS) for (const form of group) groupOf.set(form, group);

/** The group of a folded word, if it has one. */
export function synonymsOf(word: string): readonly string[] | undefined {
  return groupOf.get(word);
}

const FORMS = new RegExp([...groupOf.keys()].sort((a, b) => b.length - a.length).join("|"), "gu");

/**
 * Index tokens of the groups whose forms occur in folded text as whole words: `boundaries` holds
 * the offsets where the segmenter cut the text, so 的士 counts in 过海的士 (过|海|的|士) but not in
 * 勇敢的士兵 (勇敢|的|士兵).
 */
export function synonymTokens(folded: string, boundaries: ReadonlySet<number>): string[] {
  const tokens = new Set<string>();
  for (const match of folded.matchAll(FORMS)) {
    const end = match.index + match[0].length;
    if (boundaries.has(match.index) && boundaries.has(end)) {
      const token = groupOf.get(match[0])?.[0];
      if (token !== undefined) tokens.add(token);
    }
  }
  return [...tokens];
}
