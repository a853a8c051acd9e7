/** Page layouts the corpus does not hold whole: each test one piece of evidence the importer must weigh. */
import { describe, expect, it } from "vitest";
import { attentionOf, importHtml, importRaw, type ImportSuccess } from "../../../src/lib/import/index.ts";

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
    expect(r.front.date).toBe("2023-09-06 10:00");
    expect(r.front.title).toBe("市政府召开常务会议研究部署重点工作");
  });

  it("reads data split over short lines under the headline", () => {
    const r = run(
      "一文读懂个税新变化要点\n原创\n张小明\n税务知识课堂\n2023-09-06 18:30\n8月31日，国务院印发通知，提高个人所得税有关专项附加扣除标准。\n",
    );
    expect(r.front).toMatchObject({ source: "税务知识课堂", author: "张小明", date: "2023-09-06 18:30" });
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
    expect(
      attentionOf(r.file)
        .map((item) => item.reason)
        .join("\n"),
    ).toContain("source taken from the reprint note");
  });

  it("leaves an unreadable character as a flagged marker", () => {
    const r = run("标题在此处出现了\n2022-01-05 来源：本站\n我们展示了成果\uFFFD2023年，大家都很满意。\n");
    expect(body(r)).toBe("我们展示了成果〓2023年，大家都很满意。\n");
    expect(attentionOf(r.file)).toHaveLength(1);
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

describe("time of day", () => {
  const page = (published: string) =>
    `<!doctype html><html><head><meta charset="utf-8"><title>台风“杜苏芮”登陆福建</title>` +
    `<meta property="article:published_time" content="${published}"><meta name="source" content="新华社"></head>` +
    `<body><article><h1>台风“杜苏芮”登陆福建</h1><p>记者从福建省气象局获悉，今年第5号台风“杜苏芮”于28日上午在晋江沿海登陆。</p>` +
    `<p>登陆时中心附近最大风力有15级，各地已转移群众四十余万人。</p>`.repeat(1) +
    `<p>${"福建省防汛抗旱指挥部已将防台风应急响应提升至一级，沿海各地渔船全部回港避风，学校停课，景区关闭。".repeat(4)}</p>` +
    `<p>${"气象部门提醒，台风登陆后将继续向偏北方向移动，强度逐渐减弱，但福建中北部和浙江南部仍将有大到暴雨。".repeat(4)}</p>` +
    `</article></body></html>`;
  const frontDate = (published: string): string | undefined => {
    const result = importHtml(new TextEncoder().encode(page(published)), "page.html", {}, () => false);
    if (!result.ok) throw new Error(result.reason);
    return /^date: (.*)$/mu.exec(result.markdown)?.[1];
  };

  it("keeps a metadata time with its offset, written as ISO 8601 the model reads", () => {
    expect(frontDate("2023-07-28T09:55:00+08:00")).toBe("2023-07-28T09:55:00+08:00");
    expect(frontDate("2023-07-28T09:55+0800")).toBe("2023-07-28T09:55:00+08:00");
    expect(frontDate("2023-07-28T01:55:00Z")).toBe("2023-07-28T01:55:00Z");
  });

  it("reads a time without offset in the site's time zone, and a date alone as a day", () => {
    expect(frontDate("2023-07-28 09:55:12")).toBe("2023-07-28 09:55");
    expect(frontDate("2023/07/28 09:55")).toBe("2023-07-28 09:55");
    expect(frontDate("2023年7月28日 09:55")).toBe("2023-07-28 09:55");
    expect(frontDate("2023-07-28")).toBe("2023-07-28");
  });

  it("writes the time printed under the headline, and takes one on the command line", () => {
    const text =
      "市政府召开常务会议\n2023-09-06 10:00:31 来源：市政府办公室\n会议强调，要加快推进重点项目建设，确保完成全年目标任务。\n";
    expect(run(text).front.date).toBe("2023-09-06 10:00");
    expect(run(text, { date: "2023-09-07 08:15" }).front.date).toBe("2023-09-07 08:15");
    expect(run(text, { date: "2023-09-07" }).front.date).toBe("2023-09-07");
  });
});
