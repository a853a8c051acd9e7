/** What the editor is asked to check about the article's fields: the evidence they were chosen from. */
import type { RuleMeta } from "../../article/rules/define.ts";

export const METADATA_CONFLICT: RuleMeta = {
  id: "metadata-conflict",
  doc: "Points out a date the page's own sources disagree on, naming the one used and the others.",
  emits: ["import-metadata-conflict"],
};

export const TITLE_GUESS: RuleMeta = {
  id: "title-guess",
  doc: "Points out a title taken from the page's metadata rather than its headline, or trimmed of the site's name.",
  emits: ["import-title-guessed"],
};

export const DATE_GUESS: RuleMeta = {
  id: "date-guess",
  doc: "Points out a date read from the page's address only.",
  emits: ["import-date-guessed"],
};
