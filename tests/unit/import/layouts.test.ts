/** Page layouts the corpus does not hold whole: each test one piece of evidence the importer must weigh. */
import { describe, expect, it } from "vitest";
import { importRaw, type ImportSuccess } from "../../../src/lib/import/index.ts";

const run = (text: string, options = {}): ImportSuccess => {
  const result = importRaw(new TextEncoder().encode(text), "page.txt", options);
  if (!result.ok) throw new Error(result.reason);
  return result;
};
const body = (r: ImportSuccess): string => r.markdown.split("\n---\n\n")[1] ?? "";

describe("page layouts", () => {
  it("takes the article's date, not the site header's date of today", () => {
    const r = run(
      "今天是：2024年5月12日 星期日\n市政府召开常务会议研究部署重点工作\n发布时间：2023-09-06 10:00  来源：市政府办公室\n会议强调，要加快推进重点项目建设，确保完成全年目标任务。\n",
    );
    expect(r.front.date).toBe("2023-09-06");
    expect(r.front.title).toBe("市政府召开常务会议研究部署重点工作");
  });

  it("reads data split over short lines under the headline", () => {
    const r = run(
      "一文读懂个税新变化要点\n原创\n张小明\n税务知识课堂\n2023-09-06 18:30\n8月31日，国务院印发通知，提高个人所得税有关专项附加扣除标准。\n",
    );
    expect(r.front).toMatchObject({ source: "税务知识课堂", author: "张小明", date: "2023-09-06" });
    expect(body(r)).toBe("8月31日，国务院印发通知，提高个人所得税有关专项附加扣除标准。\n");
  });

  it("never takes a subtitle for the headline", () => {
    const r = run(
      "扎根山区三十年的乡村教师\n——记全国模范教师张三\n2023-09-10  来源：县融媒体中心\n张三在山区小学任教三十年，培养了一批又一批学生。\n",
    );
    expect(r.front.title).toBe("扎根山区三十年的乡村教师");
  });

  it("falls back on the reprint note for the source, and says so", () => {
    const r = run(
      "市政府召开常务会议研究部署重点工作\n2023-09-06\n会议强调，要加快推进重点项目建设，确保完成全年目标任务。\n（来源：市政府办公室）\n",
    );
    expect(r.front.source).toBe("市政府办公室");
    expect(r.attention.map((a) => a.reason).join("\n")).toContain("source taken from the reprint note");
  });

  it("leaves an unreadable character as a flagged marker", () => {
    const r = run("标题在此处出现了\n2022-01-05 来源：本站\n我们展示了成果\uFFFD2023年，大家都很满意。\n");
    expect(body(r)).toBe("我们展示了成果〓2023年，大家都很满意。\n");
    expect(r.attention).toHaveLength(1);
  });

  it("lets options fill and override fields", () => {
    const r = run("市图书馆举办读书月活动\n4月23日，市图书馆举办读书月活动，吸引了众多市民参与。\n", {
      date: "2023年4月23日",
      source: "市文化局",
      title: "读书月活动开幕",
    });
    expect(r.front).toMatchObject({ title: "读书月活动开幕", date: "2023-04-23", source: "市文化局" });
    expect(r.fileName).toBe("2023-04-23-du-shu-yue-huo-dong-kai-mu.md");
  });
});
