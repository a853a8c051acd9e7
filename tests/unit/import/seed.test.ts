import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { attentionOf, importRaw, repairsOf } from "../../../src/lib/import/index.ts";
import { toTraditional } from "../../../src/lib/import/opencc.ts";

const seed = readFileSync(new URL("../../fixtures/import/seed/000_2b9798e12da55471.txt", import.meta.url));
const expected = readFileSync(new URL("../../fixtures/import/seed.expected.md", import.meta.url), "utf8");

describe("seed article", () => {
  const result = importRaw(seed, "000_2b9798e12da55471.txt");
  if (!result.ok) throw new Error(result.reason);

  it("gives exactly the clean article", () => {
    expect(result.markdown).toBe(expected);
    expect(result.fileName).toBe("2021-12-06-qing-dao-bao-mi-pei-xun-kuai-su.md");
    // every guess is listed for the editor: the question mark, the restored character, the garble repairs
    const attention = attentionOf(result.file);
    expect(attention.map((item) => [item.line, item.column, item.actual, item.expected?.[0]])).toEqual([
      [13, 43, "?", "？"],
      [19, 154, "?qū)W", "學"],
      [21, 101, "!", "。”"],
      [37, 31, "!皠訂T", "。“動員"],
      [37, 110, "!鼻鄭u", "。”青島"],
    ]);
    expect(attention.every((item) => item.data.articleLine !== undefined && item.data.context !== undefined)).toBe(
      true,
    );
    // warnings under registered rules, apart from the repairs (info messages)
    expect(attention.every((item) => item.fatal === false && item.source === "newsprint")).toBe(true);
  });

  it("reports every repair with its location and rule", () => {
    const repairs = repairsOf(result.file).map((message) => ({
      line: message.line,
      column: message.column,
      before: message.actual ?? "",
      after: message.expected?.[0],
      rule: message.ruleId,
      fatal: message.fatal,
    }));
    expect(repairs.every((repair) => repair.fatal === undefined)).toBe(true);
    const byRule = (rule: string) => repairs.filter((repair) => repair.rule === rule);
    expect(byRule("lost-byte-garble").map((r) => [r.line, r.column, r.before, r.after])).toEqual([
      [37, 31, "!皠訂T", "。“動員"],
      [37, 110, "!鼻鄭u", "。”青島"],
    ]);
    expect(byRule("lost-closing-quote").map((r) => [r.line, r.after])).toEqual([[21, "。”"]]);
    expect(byRule("lost-character").map((r) => [r.line, r.column, r.before, r.after])).toEqual([
      [19, 154, "?qū)W", "學"],
    ]);
    expect(byRule("pinyin-annotation")[0]).toEqual({
      line: 1,
      column: 6,
      before: "網(wǎng)",
      after: "網",
      rule: "pinyin-annotation",
      fatal: undefined,
    });
    expect(byRule("pinyin-annotation").some((r) => r.before.includes("(市)"))).toBe(false);
    expect(byRule("full-width-punctuation").length).toBeGreaterThan(50);
    expect(result.script.kind).toBe("naive-traditional");
    expect(result.script.evidence.map((e) => e.found)).toEqual(
      expect.arrayContaining(["干", "范", "后", "里", "并", "致", "志", "锏"]),
    );
    expect(result.report).toContain("37:31  !皠訂T → 。“動員  [lost-byte-garble]");
    expect(result.report.startsWith("needs attention / 需要核对 (5):")).toBe(true);
  });

  it("keeps Simplified text from which correct Traditional follows", () => {
    const body = result.markdown;
    for (const word of ["干部", "范围", "承载着", "杀手锏"]) expect(body).toContain(word);
    const traditional = toTraditional(body);
    for (const word of ["幹部", "範圍", "改革後", "時間裡", "並", "細緻", "雜誌", "殺手鐧"])
      expect(traditional).toContain(word);
  });
});
