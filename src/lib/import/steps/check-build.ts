/** The written article checked as the build checks it: errors refuse the import, warnings go to the editor. */
import type { RuleMeta } from "../../article/rules/define.ts";
import { validateArticle } from "../../article/validate.ts";
import { STANDARD_CONVERSION } from "../../script/types.ts";
import type { FrontMatter } from "../front-matter.ts";
import { renderArticle } from "../markdown.ts";
import { attend } from "../messages.ts";
import type { Block } from "../structure.ts";
import { fail, type ImportFailure } from "./refuse.ts";
import type { ImportRun } from "./run.ts";

export const BUILD_CHECK: RuleMeta = {
  id: "build-check",
  doc: "Checks the written article as the build does: errors refuse the import, warnings are pointed out.",
  emits: ["import-build-warning"],
};

export function checkBuild(
  run: ImportRun,
  article: { readonly fileName: string; readonly front: FrontMatter; readonly blocks: readonly Block[] },
): ImportFailure | undefined {
  // page images are checked here (they exist beside the page) and copied by the caller before the article is
  // written; the build's check that they exist under public/ can only pass after that copy
  const checked = renderArticle(
    article.front,
    article.blocks.filter((block) => block.kind !== "image"),
  ).markdown;
  const diagnostics = validateArticle(
    checked,
    `content/${article.fileName}`,
    article.fileName.replace(/\.md$/u, ""),
    run.options.site ?? { conversion: STANDARD_CONVERSION },
  );
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === "error");
  if (errors.length > 0)
    return fail(
      run.file.path,
      `the article would not build, nothing written:\n${errors.map((error) => `  article ${error.line}:${error.column} ${error.message}${error.ruleId ? ` [${error.ruleId}]` : ""}`).join("\n")}`,
      "import-would-not-build",
    );
  for (const warning of diagnostics.filter((diagnostic) => diagnostic.severity !== "error"))
    attend(run.file, {
      line: 0,
      column: 0,
      text: "",
      reason: `build warning: ${warning.message}${warning.ruleId ? ` (${warning.ruleId})` : ""}`,
      ruleId: "import-build-warning",
      articleLine: warning.line,
    });
  return undefined;
}
