import { toString as mdastText } from "mdast-util-to-string";
import { tokenizeMarkup } from "../../script/markup.ts";
import { report } from "../messages.ts";
import { lintRule } from "./define.ts";

/** `-{…}-` conversion markup in a section heading must be readable, as in any text. */
export default lintRule(
  { id: "heading-markup", doc: "Conversion markup in section headings is well formed.", emits: ["conversion-markup"] },
  (_tree, file) => {
    for (const { heading } of file.data.article?.sections ?? []) {
      if (heading === null) continue;
      const text = mdastText(heading);
      if (!text.includes("-{")) continue;
      for (const error of tokenizeMarkup(text).errors) {
        report(file, error.message, heading.position?.start, "conversion-markup");
      }
    }
  },
);
