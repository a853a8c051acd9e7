/** A saved page's headline when its <title> is only the site's name. */
import { describe, expect, it } from "vitest";
import { chooseTitle } from "../../../src/lib/import/title.ts";

describe("headline of a saved page", () => {
  it("takes the <h1> when <title> is the site's name", () => {
    for (const site of ["某某新聞網", "明報新聞網", "联合早报", "中央通訊社", "端傳媒", "BBC News 中文"]) {
      const chosen = chooseTitle([
        { text: "台東縣推動偏鄉數位學習　百所學校受惠", from: "h1" },
        { text: site, from: "title" },
      ]);
      expect(chosen?.text, site).toBe("台東縣推動偏鄉數位學習　百所學校受惠");
      expect(chosen?.from).toBe("h1");
    }
  });

  it("takes the <h1> when og:title is the page's own og:site_name", () => {
    const chosen = chooseTitle(
      [
        { text: "港府公布新一輪消費券安排", from: "h1" },
        { text: "星島頭條", from: "og:title" },
      ],
      "星島頭條",
    );
    expect(chosen).toEqual({ text: "港府公布新一輪消費券安排", from: "h1" });
  });

  it("keeps a short real headline from <title> that differs from the <h1>, with a note", () => {
    const chosen = chooseTitle([
      { text: "專題報導", from: "h1" },
      { text: "習近平會見拜登_國際_某某網", from: "title" },
    ]);
    expect(chosen?.text).toBe("習近平會見拜登");
    expect(chosen?.note).toContain("h1");
  });
});
