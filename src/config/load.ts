/**
 * Reads the site configuration once, for astro.config.mjs and the command-line tools: the settings
 * of src/site.config.ts, or the JSON file named by NEWSPRINT_SITE_CONFIG. Every problem becomes one
 * line naming the file (with line:column in a JSON file), the setting, what to do and a rule id.
 * Everything else receives the validated settings: the integration hands them to pages through
 * `virtual:newsprint/config`, and code in src/lib takes them as parameters.
 */
import { readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { location } from "vfile-location";
import { isMap, LineCounter, parseDocument } from "yaml";
import { checkSiteConfig, settingName, type ConfigProblem, type SiteConfig } from "../lib/site/config.ts";
import siteSettings from "../site.config.ts";
import type { RuleId } from "../lib/article/rules/registry.ts";

/** The configuration module, as messages name it. */
export const SITE_CONFIG_FILE = "src/site.config.ts";

/** One problem of the configuration, ready to print. */
export type ConfigMessage = {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly setting: string;
  readonly message: string;
  readonly ruleId: RuleId;
};

export type SiteConfigResult =
  | { readonly ok: true; readonly config: SiteConfig; readonly file: string }
  | { readonly ok: false; readonly messages: readonly ConfigMessage[]; readonly file: string };

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * The site's settings from `root`: NEWSPRINT_SITE_CONFIG (a JSON file, relative to `root`) if set,
 * else src/site.config.ts; NEWSPRINT_CONTENT_DIR names the articles' folder (default `content`).
 */
export function readSiteConfig(root: string, env: Environment = process.env): SiteConfigResult {
  const contentDir = env["NEWSPRINT_CONTENT_DIR"] || "content";
  const jsonFile = env["NEWSPRINT_SITE_CONFIG"];
  if (!jsonFile) {
    const result = checkSiteConfig(siteSettings, contentDir);
    return result.ok
      ? { ok: true, config: result.config, file: SITE_CONFIG_FILE }
      : { ok: false, file: SITE_CONFIG_FILE, messages: result.problems.map((p) => message(SITE_CONFIG_FILE, p)) };
  }
  const path = resolve(root, jsonFile);
  const shown = relative(root, path).startsWith("..") ? path : relative(root, path);
  return readJsonConfig(path, shown, contentDir);
}

/** Settings from a JSON file; `shown` is the name messages give it. */
export function readJsonConfig(path: string, shown: string, contentDir = "content"): SiteConfigResult {
  const fail = (messages: ConfigMessage[]): SiteConfigResult => ({ ok: false, file: shown, messages });
  let text: string;
  try {
    text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "does not exist" : "cannot be read";
    return fail([
      {
        file: shown,
        setting: "NEWSPRINT_SITE_CONFIG",
        message: `the configuration file ${reason}: check the path in NEWSPRINT_SITE_CONFIG (relative to the project folder), or unset it to use ${SITE_CONFIG_FILE}`,
        ruleId: "config-file-unreadable",
      },
    ]);
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const at = jsonErrorPlace(text, error);
    return fail([
      {
        file: shown,
        ...at,
        setting: "(the whole file)",
        message: `is not valid JSON (${jsonReason(error)}): fix the file there (JSON needs "quoted" keys, commas between entries and none after the last, no comments)`,
        ruleId: "config-invalid-json",
      },
    ]);
  }
  const result = checkSiteConfig(input, contentDir);
  if (result.ok) return { ok: true, config: result.config, file: shown };
  const place = settingPlaces(text);
  const messages = result.problems.map((problem) => ({ ...message(shown, problem), ...place(problem.path) }));
  // In the order of the file.
  return fail(messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)));
}

/** `file[:line:column]: setting: message [rule]`, one line per problem. */
export function formatConfigMessage(item: ConfigMessage): string {
  const where = item.line === undefined ? item.file : `${item.file}:${item.line}:${item.column ?? 1}`;
  return `${where}: ${item.setting}: ${item.message} [${item.ruleId}]`;
}

/** The report printed when the configuration is invalid: a heading, then every problem. */
export function formatConfigReport(result: Extract<SiteConfigResult, { ok: false }>): string {
  const count = result.messages.length;
  return [
    `The site configuration (${result.file}) has ${count} problem${count === 1 ? "" : "s"}; fix ${count === 1 ? "it" : "them"} and run the command again:`,
    ...result.messages.map((item) => `  ${formatConfigMessage(item)}`),
  ].join("\n");
}

/**
 * The validated settings, or, if they are invalid, the report on stderr and exit code 1: Astro
 * would otherwise print the error under a stack trace of its config loader.
 */
export function siteConfigOrExit(root: string, env: Environment = process.env): SiteConfig {
  const result = readSiteConfig(root, env);
  if (result.ok) return result.config;
  process.stderr.write(`${formatConfigReport(result)}\n`);
  process.exit(1);
}

function message(file: string, problem: ConfigProblem): ConfigMessage {
  return { file, setting: settingName(problem.path), message: problem.message, ruleId: problem.ruleId };
}

/** Where JSON.parse stopped: Node names a position (and often a line and column). */
function jsonErrorPlace(text: string, error: unknown): { line?: number; column?: number } {
  const reason = String((error as Error).message);
  const lineColumn = /line (\d+) column (\d+)/.exec(reason);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(reason);
  const offset = position ? Number(position[1]) : /end of (JSON|data) input/i.test(reason) ? text.length : undefined;
  if (offset === undefined) return {};
  const point = location(text).toPoint(offset);
  return point ? { line: point.line, column: point.column } : {};
}

function jsonReason(error: unknown): string {
  return String((error as Error).message)
    .replace(/\s*\(line \d+ column \d+\)/, "")
    .replace(/\s*(in JSON )?at position \d+/, "")
    .replace(/, "[^"]*"( \.\.\.)? is not valid JSON$/, "");
}

/** Line and column of a setting in JSON text (JSON is YAML, whose parser keeps positions). */
function settingPlaces(text: string): (path: readonly (string | number)[]) => { line?: number; column?: number } {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter, keepSourceTokens: false });
  return (path) => {
    // The deepest part of the path that exists: a missing setting is placed at its parent.
    for (let depth = path.length; depth >= 0; depth--) {
      const parentPath = path.slice(0, depth);
      const node = parentPath.length === 0 ? document.contents : document.getIn(parentPath, true);
      if (node === undefined || node === null || typeof node !== "object" || !("range" in node)) continue;
      // A map's entry is placed at its key, where the eye looks for it.
      let offset = (node.range as [number, number, number])[0];
      if (depth > 0) {
        const parent = depth === 1 ? document.contents : document.getIn(path.slice(0, depth - 1), true);
        if (isMap(parent)) {
          const pair = parent.items.find(
            (item) => String((item.key as { value?: unknown })?.value) === String(path[depth - 1]),
          );
          const keyRange = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
          if (keyRange) offset = keyRange[0];
        }
      }
      const { line, col } = counter.linePos(offset);
      return { line, column: col };
    }
    return {};
  };
}
