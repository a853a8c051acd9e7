/** Layer boundaries are enforced by ESLint: an import that crosses one fails the lint. */
import { join } from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../support/site.ts";

const eslint = new ESLint({ cwd: ROOT });

/** Rule ids and messages ESLint reports for `code` as if it were the file at `path`. */
async function lint(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath: join(ROOT, path) });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

const RULE = "@typescript-eslint/no-restricted-imports";

describe("layer boundaries", () => {
  it.each([
    ["src/lib/site/fake.ts", 'import { getCollection as x } from "astro:content";', "virtual modules"],
    ["src/lib/import/fake.ts", 'import { defineMiddleware as x } from "astro:middleware";', "virtual modules"],
    ["src/lib/article/fake.ts", 'import { build as x } from "astro";', "src/lib/ runs outside Astro"],
    ["src/lib/script/fake.ts", 'import { defineConfig as x } from "astro/config";', "only astro/zod"],
    ["src/lib/build/fake.ts", 'import { glob as x } from "astro/loaders";', "types only"],
    ["src/lib/build/fake.ts", 'import { decodeBytes as x } from "../import/decode.ts";', "loads the importer"],
    ["src/lib/article/fake.ts", 'import { importRaw as x } from "../import/index.ts";', "loads the importer"],
    ["src/lib/site/fake.ts", 'import { logProb as x } from "../../lib/import/lm.ts";', "loads the importer"],
    ["src/lib/script/fake.ts", 'import * as x from "../import";', "loads the importer"],
    ["src/lib/site/fake.ts", 'import { siteConfig as x } from "../../site.config.ts";', "as parameters"],
    ["src/lib/article/fake.ts", 'import { readSiteConfig as x } from "../../config/load.ts";', "as parameters"],
    ["src/lib/build/fake.ts", 'import { findChannel as x } from "../../integrations/channel.ts";', "as parameters"],
    ["src/lib/import/fake.ts", 'import x from "../../site.config";', "as parameters"],
    // script ← article ← site; build at the edge; src/lib/*.ts below every layer.
    ["src/lib/script/fake.ts", 'import { report as x } from "../article/messages.ts";', "sits below article/"],
    ["src/lib/script/fake.ts", 'import { withBase as x } from "../site/paths.ts";', "sits below"],
    ["src/lib/article/fake.ts", 'import { withBase as x } from "../site/paths.ts";', "sits below site/"],
    ["src/lib/article/rules/fake.ts", 'import { feedItems as x } from "../../site/feed.ts";', "sits below site/"],
    ["src/lib/article/fake.ts", 'import { runParseJobs as x } from "../build/parse-pool.ts";', "sits below"],
    ["src/lib/site/fake.ts", 'import { storeBodies as x } from "../build/bodies.ts";', "sits below build/"],
    ["src/lib/fake.ts", 'import { report as x } from "./article/messages.ts";', "src/lib/*.ts sits below"],
    ["src/lib/import/fake.ts", 'import { feedItems as x } from "../site/feed.ts";', "sits below"],
    // The importer is isolated; pages use the site layer and the virtual config module.
    ["src/pages/fake.ts", 'import { importRaw as x } from "../lib/import/index.ts";', "importer"],
    ["src/loaders/fake.ts", 'import { importRaw as x } from "../lib/import/index.ts";', "importer"],
    [
      "src/components/fake.ts",
      'import { runParseJobs as x } from "../lib/build/parse-pool.ts";',
      "virtual:newsprint/config",
    ],
    ["src/layouts/fake.ts", 'import { siteConfig as x } from "../site.config.ts";', "virtual:newsprint/config"],
    ["src/pages/fake.ts", 'import { readSiteConfig as x } from "../config/load.ts";', "virtual:newsprint/config"],
  ])("%s: %s fails", async (path, code, why) => {
    const messages = await lint(path, code);
    expect(messages).toEqual([expect.stringContaining(why)]);
    expect(messages[0]).toMatch(new RegExp(`^${RULE}: `));
  });

  it("src/lib reads no environment variable", async () => {
    expect(await lint("src/lib/site/fake.ts", 'const x = process.env["SITE"];')).toEqual([
      expect.stringMatching(/^no-restricted-properties: .*reads no environment/),
    ]);
    expect(await lint("src/config/fake.ts", 'const x = process.env["SITE"];')).toEqual([]);
  });

  it.each([
    ["src/lib/article/fake.ts", 'import { z as x } from "astro/zod";'],
    ["src/lib/site/fake.ts", 'import { loadSiteConfig as x } from "./config.ts";'],
    ["src/lib/build/fake.ts", 'import type { LoaderContext as x } from "astro/loaders";'],
    ["src/lib/import/fake.ts", 'import { readArticleFile as x } from "../article/decode.ts";'],
    ["src/lib/site/fake.ts", 'import { importPath as x } from "./import-path.ts";'],
    ["src/loaders/fake.ts", 'import { getCollection as x } from "astro:content";'],
    ["src/pages/fake.ts", 'import { siteConfig as x } from "virtual:newsprint/config";'],
    ["src/components/fake.ts", 'import { withBase as x } from "../lib/site/paths.ts";'],
    ["src/lib/site/fake.ts", 'import { RESERVED_SLUGS as x } from "../paths.ts";'],
    ["src/lib/build/fake.ts", 'import { feedItems as x } from "../site/feed.ts";'],
    ["src/cli/fake.ts", 'import { importRaw as x } from "../lib/import/index.ts";'],
  ])("%s: %s passes", async (path, code) => {
    expect(await lint(path, code)).toEqual([]);
  });
});
