import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  formatConfigMessage,
  readJsonConfig,
  readSiteConfig,
  SITE_CONFIG_FILE,
  type ConfigMessage,
} from "../../../src/config/load.ts";
import { checkSiteConfig, siteConfigFromData, siteConfigSchema } from "../../../src/lib/site/config.ts";
import defaultSiteConfig from "../../../src/site.config.ts";

const ROOT = resolve(import.meta.dirname, "../../..");
const work = mkdtempSync(join(tmpdir(), "newsprint-config-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The default settings with one edition's fields replaced. */
function withEdition(index: number, fields: Record<string, unknown>) {
  const config = structuredClone(defaultSiteConfig) as unknown as { editions: Record<string, unknown>[] };
  config.editions[index] = { ...config.editions[index], ...fields };
  return config;
}

function problems(input: unknown) {
  const result = checkSiteConfig(input);
  if (result.ok) throw new Error("expected problems");
  return result.problems.map((p) => ({ path: p.path.join("."), ruleId: p.ruleId, message: p.message }));
}

function jsonMessages(text: string): ConfigMessage[] {
  const file = join(work, `c${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, text);
  const result = readJsonConfig(file, "sites/news.json");
  if (result.ok) throw new Error("expected problems");
  return [...result.messages];
}

describe("site configuration checks", () => {
  it("accepts the project's own settings and describes every setting", () => {
    expect(checkSiteConfig(defaultSiteConfig).ok).toBe(true);
    const undescribed: string[] = [];
    // A setting is described on itself or on a wrapper (optional, default, a list of it).
    const walk = (schema: unknown, path: string, described: boolean) => {
      const s = schema as { description?: string; _zod: { def: Record<string, unknown> } };
      const def = s._zod.def;
      const here = described || Boolean(s.description);
      if (def["type"] === "default" || def["type"] === "optional") return walk(def["innerType"], path, here);
      if (def["type"] === "pipe") return walk(def["in"], path, here);
      if (def["type"] === "array") return walk(def["element"], `${path}[]`, here);
      if (!here) undescribed.push(path);
      if (def["type"] === "object")
        for (const [key, child] of Object.entries(def["shape"] as Record<string, unknown>))
          walk(child, `${path}.${key}`, false);
    };
    walk(siteConfigSchema, "", false);
    expect(undescribed).toEqual([]);
  });

  it.each([
    ["pagefind", "config-reserved-edition-id"],
    ["media", "config-reserved-edition-id"],
    ["search", "config-reserved-edition-id"],
    ["feed", "config-reserved-edition-id"],
    ["sitemap-index", "config-reserved-edition-id"],
    ["_astro", "config-invalid-setting"],
  ])("refuses the edition id %s, which the site's own files use", (id, ruleId) => {
    expect(problems(withEdition(1, { id }))).toContainEqual(expect.objectContaining({ path: "editions.1.id", ruleId }));
  });

  it("refuses a standard of the other script, and a lang tag naming the other script", () => {
    expect(problems(withEdition(0, { standard: "cn" }))).toEqual([
      expect.objectContaining({ path: "editions.0.standard", ruleId: "config-standard-script" }),
    ]);
    for (const standard of ["tw", "twp", "hk", "t"])
      expect(problems(withEdition(1, { standard }))).toEqual([
        expect.objectContaining({ path: "editions.1.standard", ruleId: "config-standard-script" }),
      ]);
    expect(problems(withEdition(1, { lang: "zh-Hant-CN" }))).toEqual([
      expect.objectContaining({ path: "editions.1.lang", ruleId: "config-lang-script" }),
    ]);
  });

  it("refuses a house-style variant that deletes a character", () => {
    const found = problems(withEdition(0, { variants: { 臺: "台", 裡: "" } }));
    expect(found).toEqual([
      expect.objectContaining({ path: "editions.0.variants.裡", ruleId: "config-variant-empty" }),
    ]);
    expect(found[0]?.message).toMatch(/deleted/);
  });

  it("checks sections and conversion settings", () => {
    const config = {
      ...defaultSiteConfig,
      sections: ["科技", "體育", " 科技 ", ""],
      conversion: {
        groups: ["places", "sport"],
        overrides: [
          { hans: "发明", hant: "發明" },
          { hans: "发明", hant: "髮明" },
          { hans: "", hant: "x" },
        ],
      },
    };
    expect(problems(config).map(({ path, ruleId }) => `${path} ${ruleId}`)).toEqual([
      "sections.3 config-invalid-setting",
      "conversion.overrides.2.hans config-invalid-setting",
      "sections.2 config-duplicate-section",
      "conversion.groups.1 config-unknown-group",
      "conversion.overrides.1 config-conflicting-override",
    ]);
  });

  it("says what is wrong in words, not in the validator's", () => {
    const found = problems({ ...withEdition(1, { label: "", colour: "red", quotes: "angled" }), timezone: "x" });
    const text = found.map((p) => `${p.path}: ${p.message}`).join("\n");
    expect(text).toContain("editions.1.label: must not be empty");
    expect(text).toContain('"colour" is not a setting here');
    expect(text).toContain('editions.1.quotes: must be one of "curly", "corner", "keep", not "angled"');
    expect(text).toContain('"timezone" is not a setting here');
    expect(text).not.toMatch(/Too small|expected string to have|Unrecognized key/);
    expect(problems({ editions: [{ id: "x" }] }).map((p) => p.message)).toContainEqual(
      expect.stringMatching(/^is missing: add it/),
    );
    expect(problems(null)).toContainEqual(expect.objectContaining({ path: "" }));
  });

  it("keeps the interface texts through the virtual module's JSON", () => {
    const result = checkSiteConfig(defaultSiteConfig);
    if (!result.ok) throw new Error("invalid");
    const copy = siteConfigFromData(JSON.parse(JSON.stringify(result.config.data)));
    const hans = copy.editions.get("zh-hans");
    expect(typeof hans.ui.authorTitle).toBe("function");
    expect(hans.ui.print).toBe(result.config.editions.get("zh-hans").ui.print);
    expect(copy.editions.default.id).toBe("zh-hant");
  });
});

describe("reading the configuration file", () => {
  it("places invalid JSON at its line and column", () => {
    const [message] = jsonMessages('{\n  "editions": [\n    { "id": "a", }\n  ]\n}\n');
    expect(message).toMatchObject({ file: "sites/news.json", line: 3, column: 18, ruleId: "config-invalid-json" });
    const [cut] = jsonMessages('{\n  "editions": [\n');
    expect(cut).toMatchObject({ line: 3, ruleId: "config-invalid-json" });
    expect(formatConfigMessage(cut as ConfigMessage)).toMatch(
      /^sites\/news\.json:3:\d+: \(the whole file\): is not valid JSON/,
    );
  });

  it("places every problem of a JSON configuration at its setting, in the order of the file", () => {
    const config = withEdition(1, { id: "pagefind", standard: "tw" });
    const text = JSON.stringify({ ...config, sections: ["a", "a"] }, null, 2);
    const messages = jsonMessages(text);
    const lines = text.split("\n");
    expect(messages.map((m) => m.ruleId)).toEqual([
      "config-reserved-edition-id",
      "config-standard-script",
      "config-duplicate-section",
    ]);
    for (const m of messages) {
      const key = m.setting
        .split(/[.[\]]+/)
        .filter(Boolean)
        .at(-1) as string;
      const at = /^\d+$/.test(key) ? '"a"' : `"${key}"`;
      expect(lines[(m.line as number) - 1]?.slice((m.column as number) - 1)).toMatch(new RegExp(`^${at}`));
    }
  });

  it("names a missing file and the variable that names it", () => {
    const result = readSiteConfig(ROOT, { NEWSPRINT_SITE_CONFIG: "no/such.json" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatConfigMessage(result.messages[0] as ConfigMessage)).toMatch(
      /^no\/such\.json: NEWSPRINT_SITE_CONFIG: the configuration file does not exist.*\[config-file-unreadable\]$/,
    );
  });

  it("names src/site.config.ts for its own settings", () => {
    const result = readSiteConfig(ROOT, {});
    expect(result.ok && result.file).toBe(SITE_CONFIG_FILE);
    expect(
      readSiteConfig(ROOT, { NEWSPRINT_CONTENT_DIR: "news" }).ok &&
        readSiteConfig(ROOT, { NEWSPRINT_CONTENT_DIR: "news" }),
    ).toMatchObject({
      config: { contentDir: "news" },
    });
  });

  it("stops `astro build` with every problem and no stack trace, leaving the output folder alone", () => {
    const file = join(work, "bad.json");
    const config = withEdition(0, { id: "pagefind", standard: "cn" });
    writeFileSync(file, JSON.stringify({ ...config, conversion: { groups: ["sport"] } }, null, 2));
    const out = join(work, "dist");
    const run = spawnSync(
      join(ROOT, "node_modules/.bin/node"),
      [join(ROOT, "node_modules/.bin/astro"), "build", "--outDir", out],
      {
        cwd: ROOT,
        env: { ...process.env, NEWSPRINT_SITE_CONFIG: file, NEWSPRINT_CACHE_DIR: join(work, "cache") },
        encoding: "utf8",
        timeout: 120_000,
      },
    );
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status).toBe(1);
    expect(output).toContain(`${file}:`);
    for (const rule of ["config-reserved-edition-id", "config-standard-script", "config-unknown-group"])
      expect(output).toContain(`[${rule}]`);
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toMatch(/Error:|Stack trace/);
    expect(() => readFileSync(join(out, "index.html"))).toThrow();
  });
});
