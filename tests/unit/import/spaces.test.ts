/** Spaces in copied text: the writer's full-width spaces stay, copy artefacts become plain spaces. */
import { describe, expect, it } from "vitest";
import { importRaw } from "../../../src/lib/import/index.ts";

function body(text: string): string {
  const result = importRaw(new TextEncoder().encode(text), "page.txt", { source: "某某日报", date: "2024-07-12" });
  expect(result.ok, JSON.stringify(result)).toBe(true);
  if (!result.ok) return "";
  return result.markdown.slice(result.markdown.indexOf("\n---\n") + 5);
}

const PARAGRAPH = "会议指出，当前已进入主汛期，各地各部门要压实责任，确保安全度汛，坚决守住不发生重大人员伤亡的底线。";

describe("spaces in copied text", () => {
  it("keeps a full-width space inside a line: a dateline's separator, a padded name", () => {
    const text = body(
      `市政府召开常务会议\n\n\u3000\u3000本报讯\u30007月12日，市政府召开常务会议，研究部署防汛工作。\n\n${PARAGRAPH}\n\n值班人员：张\u3000三、李四光\n`,
    );
    expect(text).toContain("本报讯\u30007月12日");
    expect(text).toContain("张\u3000三");
  });

  it("drops the full-width indent and makes a no-break space plain", () => {
    const text = body(
      `市政府召开常务会议\n\n\u3000\u3000本报讯\u00a07月12日，市政府召开常务会议，研究部署防汛工作。\n\n${PARAGRAPH}\n`,
    );
    expect(text).toMatch(/^本报讯 7月12日/mu);
  });
});
