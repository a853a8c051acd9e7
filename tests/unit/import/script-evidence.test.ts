/** Naive-vs-genuine Traditional from one-to-many characters (the shared model in src/lib/script). */
import { describe, expect, it } from "vitest";
import { classifyScript } from "../../../src/lib/import/script.ts";

describe("naive Traditional evidence", () => {
  it("counts a converter's default choice where the word has another form (復雜, 收獲)", () => {
    const naive = "這個問題很復雜，今年的收獲不錯。他養了一只貓，參與制作節目。幹部們在會議上討論了范圍和時間表。";
    const verdict = classifyScript(naive);
    expect(verdict.kind).toBe("naive-traditional");
    expect(verdict.evidence.map((item) => `${item.found}→${item.expected}`)).toEqual(
      expect.arrayContaining(["復→複", "獲→穫", "范→範"]),
    );
  });

  it("keeps genuine Traditional with the right forms as written", () => {
    const genuine =
      "這個問題很複雜，今年的收穫不錯。他養了一隻貓，參與製作節目。幹部們在會議上討論了範圍和時間表，台灣各界關注。";
    const verdict = classifyScript(genuine);
    expect(verdict.kind).toBe("traditional");
    expect(verdict.evidence).toEqual([]);
  });
});

describe("naive Traditional evidence, word by word", () => {
  it("is no evidence where the whole-text conversion matched a phrase across a word (多採購 as 多采)", () => {
    const verdict = classifyScript("政府鼓勵學校營養午餐多採購在地農產品，也能多吃當季蔬果。");
    expect(verdict.evidence).toEqual([]);
    expect(verdict.uncertain).toBe(false);
  });

  it("counts forms a naive converter never writes against the traces (頭髮, 一隻, 製作)", () => {
    const mixed = "她的頭髮剪短了，養了一隻貓，參與製作節目，這個問題很復雜。";
    const verdict = classifyScript(mixed);
    expect(verdict.genuine).toEqual(expect.arrayContaining(["髮", "隻", "製"]));
    expect(verdict.kind).toBe("traditional");
    expect(verdict.uncertain).toBe(true);
    const naive = "她的頭發剪短了，養了一只貓，這個問題很復雜，今年的收獲不錯。";
    expect(classifyScript(naive)).toMatchObject({ kind: "naive-traditional", genuine: [] });
  });
});
