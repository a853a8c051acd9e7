/**
 * Astro bundles the content store into the build as one module, `export default JSON.parse("…")`
 * with the whole store as a string literal. V8 compiles a string literal of tens of megabytes
 * very slowly: the 47 MB store of 20,000 articles took 7.1 s to import, where `JSON.parse` of the
 * same text takes 0.3 s (docs/performance.md), and every build, a rebuild after one edit too,
 * paid it. In `astro build` the module reads the store file when it runs instead: the bundle it
 * is part of runs only here, during this build, after the content sync has written the file.
 */
import { statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";

/** Astro's resolved id of the content store module (astro/dist/content/consts.js). */
const DATA_STORE_MODULE = "\0astro:data-layer-content";
/** The code Astro generates for a store in one file (`experimental.collectionStorage` unset). */
const INLINE_STORE = "export default JSON.parse(";

/** The content store module of `astro build`, reading `<cacheDir>/data-store.json` when it runs. */
export function dataStoreReadAtRunTime(cacheDir: URL): Plugin {
  const file = fileURLToPath(new URL("data-store.json", cacheDir));
  return {
    name: "newsprint:data-store-read-at-run-time",
    apply: "build",
    transform: {
      filter: { id: /^\0astro:data-layer-content$/u },
      handler(code, id) {
        if (id !== DATA_STORE_MODULE || !code.startsWith(INLINE_STORE)) return undefined;
        // The file Astro has just read; a different one when the pages run would be a changed store.
        const { size, mtimeMs } = statSync(file);
        return {
          code: [
            `import { readFileSync, statSync } from "node:fs";`,
            `const file = ${JSON.stringify(file)};`,
            `const { size, mtimeMs } = statSync(file);`,
            `if (size !== ${size} || mtimeMs !== ${mtimeMs}) throw new Error(\`The content store \${file} changed during the build: build again.\`);`,
            `export default JSON.parse(readFileSync(file, "utf8"));`,
          ].join("\n"),
          map: { mappings: "" },
        };
      },
    },
  };
}
