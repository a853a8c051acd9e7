/** Interface text in both scripts. */
import type { Script } from "../script/types.ts";

type Strings = {
  readonly scriptName: string;
  readonly switchLabel: string;
  readonly breadcrumb: string;
  readonly home: string;
  readonly fontSize: string;
  readonly fontLarge: string;
  readonly fontMedium: string;
  readonly fontSmall: string;
  readonly print: string;
  readonly source: string;
  readonly author: string;
  readonly published: string;
  readonly reprintedFrom: (from: string) => string;
  readonly pageUrl: string;
  readonly originalUrl: string;
  readonly latest: string;
  readonly contents: string;
  readonly skipToContent: string;
  readonly chooseScript: string;
};

export const STRINGS: Record<Script, Strings> = {
  hant: {
    scriptName: "繁",
    switchLabel: "繁體中文",
    breadcrumb: "導覽路徑",
    home: "首頁",
    fontSize: "字號",
    fontLarge: "大",
    fontMedium: "中",
    fontSmall: "小",
    print: "列印",
    source: "來源",
    author: "作者",
    published: "發佈日期",
    reprintedFrom: (from) => `（轉載自${from}）`,
    pageUrl: "本文網址",
    originalUrl: "原文網址",
    latest: "最新文章",
    contents: "文章列表",
    skipToContent: "跳至正文",
    chooseScript: "請選擇字體",
  },
  hans: {
    scriptName: "简",
    switchLabel: "简体中文",
    breadcrumb: "导航路径",
    home: "首页",
    fontSize: "字号",
    fontLarge: "大",
    fontMedium: "中",
    fontSmall: "小",
    print: "打印",
    source: "来源",
    author: "作者",
    published: "发布日期",
    reprintedFrom: (from) => `（转载自${from}）`,
    pageUrl: "本文网址",
    originalUrl: "原文网址",
    latest: "最新文章",
    contents: "文章列表",
    skipToContent: "跳至正文",
    chooseScript: "请选择字体",
  },
};
