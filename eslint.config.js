// @ts-check
import js from "@eslint/js";
import astro from "eslint-plugin-astro";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

/**
 * Layer boundaries (README "How it works").
 * - src/lib/** is plain TypeScript that runs in plain Node (CLI, tests, the parsing and search
 *   child processes), where Astro's runtime and virtual modules (`astro`, `astro:*`) do not exist.
 *   Two Astro entry points are allowed: `astro/zod` is Zod itself, re-exported (no Astro runtime,
 *   and the schema must be the same Zod that Astro validates content with), and `astro/loaders`
 *   for its types only (erased before the code runs).
 * - src/lib/** receives the site's settings as parameters: it reads no environment variable and
 *   loads neither the settings (src/site.config.ts, src/config/) nor the integration or loaders.
 * - The build-time article code never loads the importer (src/lib/import/**), which pulls in
 *   jieba's dictionary and the importer's repair rules.
 */
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
    {
      regex: "(^|/)(site\\.config(\\.ts)?|config/load(\\.ts)?|integrations/.*|loaders/.*)$",
      message:
        "src/lib/ receives the site's settings as parameters (SiteConfig from src/lib/site/config.ts): it must not load the settings, the integration or the loaders.",
    },
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
  message: "Build-time code must not load the importer (src/lib/import/): move what both need to src/lib/article/.",
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
      "@typescript-eslint/no-restricted-imports": ["error", ASTRO_RUNTIME],
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
  {
    // Replaces the rule above for these folders (ESLint does not merge a rule's options).
    files: ["src/lib/{article,build,script,site}/**/*.{ts,js,mjs}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { ...ASTRO_RUNTIME, patterns: [...ASTRO_RUNTIME.patterns, IMPORTER] },
      ],
    },
  },
);
