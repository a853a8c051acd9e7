// @ts-check
import js from "@eslint/js";
import astro from "eslint-plugin-astro";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

/**
 * Layer boundaries (docs/architecture.md), each a list of imports a folder may not make:
 *
 *   src/lib/*.ts (URL layout, fingerprints, file trees)  ← every layer
 *   script ← article ← site ← pages, components, layouts
 *   build, loaders, integrations, config, cli: the edge, which may use every layer below
 *   import (the importer) uses article and script; only the importer's command loads it
 *
 * - src/lib/** is plain TypeScript that runs in plain Node (CLI, tests, the parsing and search
 *   child processes), where Astro's runtime and virtual modules (`astro`, `astro:*`) do not exist.
 *   Two Astro entry points are allowed: `astro/zod` is Zod itself, re-exported (no Astro runtime,
 *   and the schema must be the same Zod that Astro validates content with), and `astro/loaders`
 *   for its types only (erased before the code runs).
 * - src/lib/** receives the site's settings as parameters: it reads no environment variable and
 *   loads neither the settings (src/site.config.ts, src/config/) nor the integration or loaders.
 * - Only the importer's command loads the importer (src/lib/import/**), which pulls in jieba's
 *   dictionary and the importer's repair rules.
 */
const SETTINGS = {
  regex: "(^|/)(site\\.config(\\.ts)?|config/load(\\.ts)?|integrations/.*|loaders/.*)$",
  message:
    "src/lib/ receives the site's settings as parameters (SiteConfig from src/lib/site/config.ts): it must not load the settings, the integration or the loaders.",
};
const ASTRO_RUNTIME = {
  paths: [
    { name: "astro", message: "src/lib/ runs outside Astro: pass what it needs in from src/pages/ or src/loaders/." },
    {
      name: "astro/loaders",
      allowTypeImports: true,
      message: "src/lib/ may use astro/loaders for types only (`import type`).",
    },
  ],
  patterns: [
    SETTINGS,
    {
      regex: "^astro:",
      message: "Astro's virtual modules exist only inside Astro: src/lib/ must also run in plain Node.",
    },
    {
      group: ["astro/*", "!astro/zod", "!astro/loaders"],
      message: "src/lib/ runs outside Astro: of Astro's modules only astro/zod (and astro/loaders types) are allowed.",
    },
  ],
};
const IMPORTER = {
  regex: "(^|/)import(/|$)",
  message:
    "Only the importer's command (src/cli/import.ts) loads the importer (src/lib/import/): move what both need to src/lib/article/.",
};
/**
 * A layer's imports of the folders it sits below: `site` must not import `build`, and so on.
 * @param {string} layer
 * @param {string[]} folders
 */
const above = (layer, folders) => ({
  regex: `(^|/)(${folders.join("|")})/`,
  message: `${layer ? `src/lib/${layer}/` : "src/lib/*.ts"} sits below ${folders.map((folder) => `${folder}/`).join(", ")} (docs/architecture.md): move the shared code down, or pass it in as a parameter.`,
});
/** The lib layers and the lib folders each may not import (the importer is listed apart). */
const LIB_LAYERS = {
  script: ["article", "site", "build"],
  article: ["site", "build"],
  site: ["build"],
  build: [],
  output: [],
  import: ["site", "build"],
};
const PAGES = {
  patterns: [
    IMPORTER,
    {
      regex: "(^|/)(lib/build|config|loaders|integrations)/|site\\.config(\\.ts)?$",
      message:
        "Pages, components and layouts use src/lib/site/ (and article/ types) and get the settings from virtual:newsprint/config, not the build, loaders, integration or src/config/.",
    },
  ],
};

export default defineConfig(
  { ignores: ["dist/", ".astro/", ".tmp/", "node_modules/", "tests/fixtures/"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["src/lib/**/*.{ts,js,mjs}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          ...ASTRO_RUNTIME,
          patterns: [...ASTRO_RUNTIME.patterns, above("", ["article", "script", "site", "build"]), IMPORTER],
        },
      ],
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message: "src/lib/ reads no environment: take the value as a parameter (src/config/ reads the environment).",
        },
      ],
    },
  },
  // Each layer replaces the rule above for its folder (ESLint does not merge a rule's options).
  ...Object.entries(LIB_LAYERS).map(([layer, folders]) => ({
    files: [`src/lib/${layer}/**/*.{ts,js,mjs}`],
    rules: {
      "@typescript-eslint/no-restricted-imports": /** @type {import("eslint").Linter.RuleEntry} */ ([
        "error",
        {
          ...ASTRO_RUNTIME,
          patterns: [
            ...ASTRO_RUNTIME.patterns,
            ...(folders.length > 0 ? [above(layer, folders)] : []),
            ...(layer === "import" ? [] : [IMPORTER]),
          ],
        },
      ]),
    },
  })),
  {
    files: [
      "src/pages/**/*.{ts,astro}",
      "src/components/**/*.{ts,astro}",
      "src/layouts/**/*.{ts,astro}",
      "src/scripts/**/*.ts",
    ],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", PAGES] },
  },
  {
    files: [
      "src/loaders/**/*.ts",
      "src/integrations/**/*.{ts,mjs}",
      "src/config/**/*.ts",
      "src/content.config.ts",
      "astro.config.mjs",
    ],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [IMPORTER] }] },
  },
);
