/** `npm run conversion-report`: ranked uncertain decisions, each with the front-matter line that changes it. */
import { execFileSync, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const article = "tests/fixtures/conversion/articles/review.md";
const report = (...args: string[]) =>
  execFileSync(process.execPath, ["src/cli/conversion-report.ts", ...args, article], { cwd: root, encoding: "utf8" });

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
