import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importRaw } from "../../src/lib/import/index.ts";
import { convertText, HANS, HANT, parse, SEED_FILE as SEED, textOf } from "../support/articles.ts";

describe("the seed article", () => {
  const outcome = parse(readFileSync(`content/${SEED}`, "utf8"));
  const text = (script: "hans" | "hant") => {
    const edition = outcome.article?.editions[script === "hans" ? HANS : HANT];
    return [
      edition?.title,
      ...(edition?.sections ?? []).flatMap((s) => [s.heading ?? "", textOf(s.html)]),
      edition?.reprintedFrom,
    ].join("\n");
  };

  it("is exactly the importer's output for the raw seed", () => {
    const result = importRaw(
      readFileSync("tests/fixtures/import/seed/000_2b9798e12da55471.txt"),
      "000_2b9798e12da55471.txt",
    );
    expect(result.ok && result.fileName).toBe(SEED);
    expect(result.ok && result.markdown).toBe(readFileSync(`content/${SEED}`, "utf8"));
  });

  it("parses without problems", () => {
    expect(SEED).toBeDefined();
    expect(outcome.diagnostics).toEqual([]);
    expect(outcome.article?.editions[HANS]?.sections.map((s) => s.heading)).toEqual([
      null,
      "专心抓好重点培训",
      "用心做好全员轮训",
      "精心做好结合文章",
    ]);
  });

  it("reads correct Traditional on the Traditional page", () => {
    const hant = text("hant");
    for (const word of ["幹部", "範圍", "改革後", "時間裡", "並逐步", "細緻", "雜誌", "殺手鐧", "承載著"]) {
      expect(hant).toContain(word);
    }
    for (const wrong of ["干部", "范圍", "改革后", "時間里", "并", "雜志", "細致", "锏"])
      expect(hant).not.toContain(wrong);
  });

  it("reads Simplified with no Traditional-only characters on the Simplified page", () => {
    const hans = text("hans");
    for (const word of ["干部", "范围", "承载着", "杀手锏"]) expect(hans).toContain(word);
    expect(convertText(hans, "hant", "hans")).toBe(hans);
  });
});
