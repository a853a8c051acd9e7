import { describe, expect, it } from "vitest";
import { frontLayout } from "../../../src/lib/site/front-layout.ts";

// Stories are named by section and age: "a1" is section a's newest.
const newest = ["top", "a1", "b1", "a2", "c1", "b2", "a3", "c2"];
const bySection = (name: string) => ({
  section: name,
  articles: newest.filter((story) => story.startsWith(name)),
});

describe("front page layout", () => {
  it("fills the rail with the newest when every section keeps stories of its own", () => {
    const layout = frontLayout("top", newest, ["a", "b", "c"].map(bySection), 3);
    expect(layout.latest).toEqual(["a1", "b1", "a2"]);
    expect(layout.sections).toEqual([
      { section: "a", articles: ["a3"] },
      { section: "b", articles: ["b2"] },
      { section: "c", articles: ["c1", "c2"] },
    ]);
  });

  it("gives a section its oldest story back when the rail would take them all", () => {
    const layout = frontLayout("top", newest, ["a", "b", "c"].map(bySection), 6);
    expect(layout.latest).toEqual(["a1", "b1", "a2", "c1"]);
    expect(layout.sections).toEqual([
      { section: "a", articles: ["a3"] },
      { section: "b", articles: ["b2"] },
      { section: "c", articles: ["c2"] },
    ]);
  });

  it("never shows a story twice, nor the top story outside the top", () => {
    for (let size = 0; size <= newest.length; size++) {
      const sections = ["t", "a", "b", "c"].map(bySection);
      const layout = frontLayout("top", newest, sections, size);
      const shown = [...layout.latest, ...layout.sections.flatMap(({ articles }) => articles)];
      expect(new Set(shown).size).toBe(shown.length);
      expect(shown).not.toContain("top");
      expect(layout.sections.map(({ section }) => section)).toEqual(["a", "b", "c"]);
    }
  });

  it("leaves out a section whose only story is the top one", () => {
    const sections = [
      { section: "t", articles: ["top"] },
      { section: "a", articles: ["a1"] },
      { section: "b", articles: ["b1"] },
      { section: "c", articles: ["c1"] },
      { section: "d", articles: ["d1"] },
    ];
    const layout = frontLayout("top", ["top", "a1", "b1", "c1", "d1"], sections, 6);
    expect(layout.latest).toEqual(["c1", "d1"]);
    expect(layout.sections).toEqual([
      { section: "a", articles: ["a1"] },
      { section: "b", articles: ["b1"] },
    ]);
  });

  it("keeps a small site's stories in the rail rather than leave it empty beside the top story", () => {
    const sections = ["t", "a", "b"].map((name) => ({ section: name, articles: [`${name}1`] }));
    const layout = frontLayout("t1", ["t1", "a1", "b1"], sections, 6);
    // Two stories besides the top: both stay in the rail.
    expect(layout.latest).toEqual(["a1", "b1"]);
    expect(layout.sections).toEqual([]);
  });

  it("gives stories back only while the rail keeps two", () => {
    const sections = ["a", "b", "c", "d"].map((name) => ({ section: name, articles: [`${name}1`] }));
    const layout = frontLayout(undefined, ["a1", "b1", "c1", "d1"], sections, 6);
    expect(layout.latest).toHaveLength(2);
    expect(layout.sections).toHaveLength(2);
  });
});
