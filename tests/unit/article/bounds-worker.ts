/**
 * Parses one generated worst-case input of about 5 MB (named on the command line) and prints
 * {ms, cpuMs, maxRssMb, bytes, rules} as JSON (cpuMs: processor time of the process, which other
 * work on a shared machine inflates less than wall time). Run in a process of its own so that its peak memory is its own.
 */
import { parse } from "../../support/articles.ts";

const MB = 5 * 1024 * 1024;
const HAN = "青岛市保密局近日举办保密培训，全市机关干部参加。";
const front = "---\ntitle: 测试标题\ndate: 2024-03-05\nsource: 新华社\n---\n\n";
/** Repeats `unit` (joined by `glue`) until the article is about 5 MB. */
const fill = (unit: string, glue = "\n\n") => {
  const count = Math.floor(MB / Buffer.byteLength(unit + glue));
  return front + Array.from({ length: count }, () => unit).join(glue);
};

/** `count` copies of `unit`, then ordinary paragraphs up to about 5 MB. */
const atLimit = (unit: string, count: number, glue = "\n\n") => {
  const head = Array.from({ length: count }, () => unit).join(glue);
  const paragraph = `${HAN.repeat(100)}\n\n`;
  const rest = Math.max(0, Math.floor((MB - Buffer.byteLength(head)) / Buffer.byteLength(paragraph)));
  return `${front}${head}\n\n${paragraph.repeat(rest)}`;
};

export const CASES: Record<string, () => string> = {
  realistic: () => fill(`## 小节\n\n${`${HAN.repeat(20)}\n\n`.repeat(10)}`, ""),
  "long lines": () => fill(HAN.repeat(1000), "\n"),
  "emphasis, over the limit": () => fill("*a".repeat(500), "\n\n"),
  "emphasis at the limits": () => atLimit("*a".repeat(499), 40),
  "brackets at the limits": () => atLimit("[a]".repeat(249), 40),
  "list and quote chains at the limit": () => atLimit(`${"- > ".repeat(49)}深`, 20, "\n"),
  "list and quote lines at the limit": () => atLimit("- > 深", 2000, "\n"),
  "list and quote lines, over the limit": () => atLimit("- > - > 深", 3000, "\n"),
  "list and quote chains, 16,000 deep": () => fill(`${"- > ".repeat(16000)}深`, "\n"),
  "nested HTML at the limits": () => atLimit(`${"<div>".repeat(99)}深${"</div>".repeat(99)}`, 500),
  "nested HTML, over the limits": () => fill(`${"<div>".repeat(99)}深${"</div>".repeat(99)}`),
  "inline HTML at the limit": () => atLimit(`<b>粗</b><i>斜</i><span title="t">字</span>`.repeat(50), 330),
  "unclosed raw HTML": () => atLimit("<noscript>\n\n正文<textarea>", 40),
  "sections at the limit": () => atLimit("## 小节\n\n正文。", 2000),
  "sections, over the limit": () => fill("## 小节\n\n正文。", "\n\n"),
  "blocks at the limit": () => fill(`段落${HAN.repeat(6)}`, "\n\n"),
  "list at the limit": () => atLimit("- 项目", 5000, "\n"),
  "list, over the limit": () => fill("- 项目", "\n"),
  "conversion markup": () => fill("-{zh-hans:鼠标;zh-hant:滑鼠}-干部".repeat(100), "\n\n"),
  images: () => atLimit("![图](/media/photo.jpg)", 4000),
  "link references": () => atLimit("[a]: https://example.org/a\n\n[甲][a]", 3000),
  "control characters": () => fill(`段落\v文字\f${HAN.repeat(6)}`, "\n\n"),
  "references at the limit": () => atLimit("&amp;&#x4e2d;&lt;".repeat(100), 333),
  "references, over the limit": () => fill("&amp;&#x4e2d;&lt;".repeat(100), "\n\n"),
  "front matter list": () =>
    `---\ntitle: 测试标题\ndate: 2024-03-05\nsource: 新华社\nbreadcrumb:\n${"  - 层级\n".repeat(MB / 12)}---\n\n正文。\n`,
  "over 8 MB": () => fill(HAN.repeat(100)).repeat(2),
};

const name = process.argv[2];
if (name !== undefined) {
  const make = CASES[name];
  if (make === undefined) throw new Error(`No case ${name}`);
  const markdown = make();
  const started = performance.now();
  const cpu = process.cpuUsage();
  const { diagnostics } = parse(markdown);
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const cpuMs = Math.round((used.user + used.system) / 1000);
  const rules = [...new Set(diagnostics.filter((d) => d.severity === "error").map((d) => d.ruleId))];
  const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(JSON.stringify({ ms: Math.round(ms), cpuMs, maxRssMb, bytes: Buffer.byteLength(markdown), rules }));
}
