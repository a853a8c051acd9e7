/** A small site corpus for integration tests: the seed plus generated articles in both scripts. */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SEED_FILE } from "./articles.ts";

/** Traditional-only article: its text says 颱風, never 台风. */
export const TYPHOON_SLUG = "typhoon-report";
/** Simplified-only article: its text says 头发, never 頭髮. */
export const HAIR_SLUG = "hair-salon";
export const GENERATED = 24;

export function writeTestCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), "np-corpus-"));
  mkdirSync(join(dir, "2024"), { recursive: true });
  copyFileSync(join("content", SEED_FILE), join(dir, SEED_FILE));
  writeFileSync(
    join(dir, "2024", `${TYPHOON_SLUG}.md`),
    `---
title: 颱風過境後的重建工作
date: 2024-09-02
source: 中央社
breadcrumb:
  - 新聞
  - 氣象
script: hant
---

強烈颱風昨日過境，各地積極展開重建。

## 災後復原

市府動員人力清理街道，並提供臨時住所。
`,
  );
  writeFileSync(
    join(dir, "2024", `${HAIR_SLUG}.md`),
    `---
title: 老街理发店的头发故事
date: 2024-08-15
source: 新华社
breadcrumb:
  - 新闻
  - 社会
script: hans
---

一家开了五十年的理发店，见证了几代人的头发变化。

## 手艺传承

店主说，剪头发是一门需要耐心的手艺。
`,
  );
  for (let i = 1; i <= GENERATED; i++) {
    const day = String((i % 28) + 1).padStart(2, "0");
    writeFileSync(
      join(dir, "2024", `generated-${i}.md`),
      `---
title: 第${i}号测试新闻
date: 2023-05-${day}
source: 测试通讯社
breadcrumb:
  - 新闻
  - 经济
script: hans
---

这是第${i}篇测试文章，讲述经济发展的情况。

## 背景

后来的发展说明了干部队伍建设的重要性。
`,
    );
  }
  return dir;
}
