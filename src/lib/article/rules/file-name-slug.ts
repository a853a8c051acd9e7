import { report } from "../messages.ts";
import { slug as slugSchema, slugIssue } from "../schema.ts";
import { lintRule } from "./define.ts";

/** A slug taken from the file name must be one too; reported at 1:1, naming the file. */
export default lintRule(
  { id: "file-name-slug", doc: "A slug taken from the file name is a valid slug.", emits: ["invalid-slug"] },
  (_tree, file) => {
    const state = file.data.article;
    if (state?.data === undefined || state.data.slug !== undefined) return;
    const slug = state.defaultSlug;
    const problem = slugSchema.safeParse(slug).success
      ? slugIssue(slug)
      : "may hold only letters, digits, - and _ (no spaces, dots or other signs)";
    if (problem === undefined) return;
    report(
      file,
      `The slug "${slug}" comes from the file name ${file.path}, and ${problem}: rename the file, or set another \`slug:\` in the front matter.`,
      { line: 1, column: 1 },
      "invalid-slug",
    );
  },
);
