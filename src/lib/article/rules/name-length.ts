import { report } from "../messages.ts";
import { lintRule } from "./define.ts";

/**
 * Longest section (category), tag or author name, in characters: its URL is its pinyin, up to 7
 * bytes a character (`zhuang-`), and a folder name may have at most 255 bytes.
 */
export const MAX_CATEGORY_CHARACTERS = 32;

/** The section (the breadcrumb's last level), tags and authors name folders: their names are limited. */
export default lintRule(
  {
    id: "name-length",
    doc: "Section, tag and author names fit in a web address.",
    emits: ["category-too-long"],
  },
  (_tree, file) => {
    const state = file.data.article;
    const data = state?.data;
    if (state === undefined || data === undefined) return;
    const levels = data.breadcrumb ?? [];
    const named: [readonly (string | number)[], string | undefined, string][] = [
      data.category === undefined
        ? [["breadcrumb", levels.length - 1], levels.at(-1), "The breadcrumb's last level names the article's section"]
        : [["category"], data.category, "The category names the article's section"],
      ...(data.tags ?? []).map((tag, i): [(string | number)[], string, string] => [
        ["tags", i],
        tag,
        "A tag names a page",
      ]),
      ...(data.authors ?? []).map((name, i): [(string | number)[], string, string] => [
        ["authors", i],
        name,
        "An author names a page",
      ]),
    ];
    for (const [path, name, what] of named) {
      const length = name === undefined ? 0 : [...name].length;
      if (length <= MAX_CATEGORY_CHARACTERS) continue;
      report(
        file,
        `${what}, and its web address comes from it: it has ${length} characters, shorten it to at most ${MAX_CATEGORY_CHARACTERS}.`,
        state.offsetOf(path),
        "category-too-long",
      );
    }
  },
);
