import { checkNewsDates } from "../news-dates.ts";
import { lintRule } from "./define.ts";

/** `updated` not before `date`, and local times that the time zone has (../news-dates.ts). */
export default lintRule(
  {
    id: "news-dates",
    doc: "An article is updated after it is published, at times that exist in its time zone.",
    emits: ["updated-before-date", "time-skipped"],
  },
  (_tree, file) => {
    const state = file.data.article;
    if (state?.data === undefined) return;
    checkNewsDates(file, state.data, state.data.timeZone ?? state.timeZone, state.offsetOf);
  },
);
