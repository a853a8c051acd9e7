/** `npm run conversion-report`: ranked uncertain decisions, each with the front-matter line that changes it. */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { getConverter } from "../../../src/lib/script/converter.ts";
import { ruleForEditions } from "../../../src/lib/script/review.ts";
import { hansEdition, hantEdition, SIMPLIFIED } from "./support.ts";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const article = "tests/fixtures/conversion/articles/review.md";
const report = (...args: string[]) =>
  execFileSync(process.execPath, ["src/cli/conversion-report.ts", ...args, article], { cwd: root, encoding: "utf8" });
const reportOn = (file: string) =>
  spawnSync(process.execPath, ["src/cli/conversion-report.ts", "--all", file], { cwd: root, encoding: "utf8" });
/** The review article with `lines` added to its front matter, in a temporary folder. */
function withFrontMatter(lines: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "newsprint-review-")), "article.md");
  writeFileSync(file, readFileSync(join(root, article), "utf8").replace("script: hans\n", `script: hans\n${lines}`));
  return file;
}
/** The rule lines printed under the decision that holds `marker`: [change, keep]. */
function ruleLinesOf(output: string, marker: string): [string, string] {
  const lines = output.split("\n");
  const at = lines.findIndex((line) => /\[risk \d+\]/.test(line) && line.includes(marker));
  expect(at, marker).toBeGreaterThanOrEqual(0);
  expect(lines[at + 1]).toContain("to change it");
  expect(lines[at + 3]).toContain("to keep it");
  return [lines[at + 2] ?? "", lines[at + 4] ?? ""];
}

describe("conversion-report", () => {
  it("lists every uncertain decision with --all, highest risk first, with its sentence and a rule to paste", () => {
    const lines = report("--all").split("\n");
    const decisions = lines.filter((line) => /\[risk \d+\]/.test(line));
    const risks = decisions.map((line) => Number(/\[risk (\d+)\]/.exec(line)?.[1]));
    expect(risks).toEqual([...risks].sort((a, b) => b - a));
    const name = decisions.findIndex((line) => line.includes("余 → 余") && line.includes("name-surname"));
    expect(name).toBeGreaterThanOrEqual(0);
    expect(decisions[name]).toContain(`${article}:8:3`);
    expect(decisions[name]).toContain("作家余华的小说里，他又干又瘦。");
    const nameLine = lines.indexOf(decisions[name] ?? "");
    expect(lines[nameLine + 2]).toBe("    - { zh-hans: 余华, zh-hant: 餘華 }");
    expect(decisions.some((line) => line.includes("gan-dry-repeated"))).toBe(true);
    expect(lines.join("\n")).not.toMatch(/example\.com/);
  });

  it("prints a rule that keeps each decision; pasted, it takes the decision off the list", () => {
    const before = reportOn(withFrontMatter("")).stdout;
    const [change, keep] = ruleLinesOf(before, "余 → 余");
    expect(change).toBe("    - { zh-hans: 余华, zh-hant: 餘華 }");
    expect(keep).toBe("    - { zh-hans: 余华, zh-hant: 余華 }");
    const [, keepDry] = ruleLinesOf(before, "gan-dry-repeated");
    const after = reportOn(withFrontMatter(`conversion:\n  rules:\n${keep}\n${keepDry}\n`));
    expect(after.status).toBe(0);
    expect(after.stdout).not.toContain("余 → 余");
    expect(after.stdout).not.toContain("gan-dry-repeated");
    expect(after.stdout.match(/\[risk \d+\]/g)?.length).toBe((before.match(/\[risk \d+\]/g)?.length ?? 0) - 2);
  });

  it("takes a decision off the list once its other reading is pasted as a rule, which converts as pasted", () => {
    const [change] = ruleLinesOf(reportOn(withFrontMatter("")).stdout, "余 → 余");
    const file = withFrontMatter(`conversion:\n  rules:\n${change}\n`);
    expect(reportOn(file).stdout).not.toContain("余 → ");
    // The same line, read as front matter, converts the name as pasted.
    const rule = { "zh-hans": "余华", "zh-hant": "餘華" };
    expect(change).toBe(`    - { zh-hans: ${rule["zh-hans"]}, zh-hant: ${rule["zh-hant"]} }`);
    const converter = getConverter({ editions: [], overrides: [], groups: [] });
    expect(converter.convert("作家余华的小说", SIMPLIFIED, hantEdition("tw"), { rules: [rule], groups: [] })).toBe(
      "作家餘華的小說",
    );
  });

  it("writes a rule for every edition of the script: each region gets its own form", () => {
    const taiwan = { ...hantEdition("twp"), id: "zh-hant", lang: "zh-Hant" };
    const hongKong = { ...hantEdition("hk"), id: "zh-hant-hk", lang: "zh-Hant-HK" };
    const editions = [taiwan, hongKong, hansEdition];
    const fromHongKong = ruleForEditions({ "zh-hans": "湾里", "zh-hant": "灣裏" }, hongKong, editions);
    expect(fromHongKong).toEqual({ "zh-hans": "湾里", "zh-hant": "灣裡", "zh-hk": "灣裏" });
    expect(ruleForEditions({ "zh-hans": "湾里", "zh-hant": "灣裡" }, taiwan, editions)).toEqual(fromHongKong);
    const converter = getConverter({ editions, overrides: [], groups: [] });
    const article = { rules: [fromHongKong], groups: [] };
    expect(converter.convert("船停在湾里", SIMPLIFIED, taiwan, article)).toBe("船停在灣裡");
    expect(converter.convert("船停在湾里", SIMPLIFIED, hongKong, article)).toBe("船停在灣裏");
    // One edition of the script: the rule as the review wrote it.
    expect(ruleForEditions({ "zh-hans": "余华", "zh-hant": "余華" }, taiwan, [taiwan, hansEdition])).toEqual({
      "zh-hans": "余华",
      "zh-hant": "余華",
    });
  });

  it("names a front matter the build would reject, with its line, and reviews the other files", () => {
    const broken = withFrontMatter("conversion:\n  rules: 余华\n");
    const run = spawnSync(process.execPath, ["src/cli/conversion-report.ts", broken, article], {
      cwd: root,
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`${broken.replaceAll(/[.\\/]/gu, "\\$&")}:7:\\d+: error: .*rules`, "u"));
    expect(run.stderr).toContain("not reviewed");
    expect(run.stdout).toMatch(/\d+ decisions? to check/u);
  });

  it("hides lower risks by default and says how many", () => {
    const all = report("--all").match(/\[risk \d+\]/g)?.length ?? 0;
    const shown = report().match(/\[risk \d+\]/g)?.length ?? 0;
    expect(shown).toBeLessThan(all);
    expect(report()).toMatch(new RegExp(`\\(${all - shown} of lower risk hidden: --all shows them\\)`));
  });

  it("prints its usage with --help, and names a file it cannot read while reporting the others", () => {
    const help = spawnSync(process.execPath, ["src/cli/conversion-report.ts", "--help"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run conversion-report/);
    const missing = "tests/fixtures/conversion/articles/no-such-article.md";
    const run = spawnSync(process.execPath, ["src/cli/conversion-report.ts", "--all", missing, article], {
      cwd: root,
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${missing}: cannot read it (ENOENT); check the path.`);
    expect(run.stdout).toContain(`${article} → zh-hant:`);
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    const unknown = spawnSync(process.execPath, ["src/cli/conversion-report.ts", "--bogus", article], {
      cwd: root,
      encoding: "utf8",
    });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("Unknown option --bogus.");
  });
});
