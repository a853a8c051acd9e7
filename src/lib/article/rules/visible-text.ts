import { toString as hastText } from "hast-util-to-string";
import { CONTINUE, EXIT, visit } from "unist-util-visit";
import { report } from "../messages.ts";
import { lintRule } from "./define.ts";

/** An article whose body shows nothing (only HTML the sanitizer removes) is not published empty. */
export default lintRule(
  { id: "visible-text", doc: "The body shows some text or a photo once sanitized.", emits: ["no-visible-text"] },
  (_tree, file) => {
    const state = file.data.article;
    if (state === undefined || file.messages.some((message) => message.ruleId === "no-text")) return;
    for (const { hast } of state.sections) {
      if (hastText(hast).trim() !== "") return;
      let image = false;
      visit(hast, "element", (node) => {
        if (node.tagName !== "img") return CONTINUE;
        image = true;
        return EXIT;
      });
      if (image) return;
    }
    report(
      file,
      "The article shows no text: everything after the front matter is HTML that pages leave out. Write the text as ordinary Markdown paragraphs.",
      state.body[0]?.position?.start,
      "no-visible-text",
    );
  },
);
