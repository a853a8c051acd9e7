/**
 * The content store module reads the store file when it runs: the same data as Astro's inline
 * module, loaded before Astro's loader reads the store; in a build an error, not stale data, when the file changed in between; in the dev server
 * the file as it is now (Astro replaces it and loads the module again after each edit).
 */
import { mkdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { dataStoreReadAtRunTime } from "../../../src/integrations/data-store-module.ts";
import { ROOT } from "../../support/site.ts";

const WORK = join(ROOT, ".tmp/data-store-module");
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

type Load = { order: string; handler: (id: string) => { code: string; meta: unknown } | undefined };

const store = JSON.stringify([["Map", 1, 2], "articles", { title: "青岛“保密”培训\n" }]);
const files: Record<"build" | "dev", URL> = {
  build: pathToFileURL(join(WORK, "cache/data-store.json")),
  dev: pathToFileURL(join(WORK, ".astro/data-store.json")),
};

/** The store module the plugin loads for `command`, written where it can be imported. */
function storeModule(command: "build" | "dev"): string {
  const plugin = dataStoreReadAtRunTime(files[command], command);
  expect(plugin.apply).toBe(command === "build" ? "build" : "serve");
  // Before Astro's own loader, which would read and quote the whole store.
  expect(plugin.enforce).toBe("pre");
  const load = plugin.load as Load;
  expect(load.order).toBe("pre");
  // Other modules are left to Astro; so is a store not written yet (Astro makes an empty one).
  expect(load.handler("\0astro:content")).toBeUndefined();
  expect(
    (dataStoreReadAtRunTime(pathToFileURL(join(WORK, "none.json")), command).load as Load).handler(
      "\0astro:data-layer-content",
    ),
  ).toBeUndefined();
  const loaded = load.handler("\0astro:data-layer-content")!;
  // Astro's incremental build must see content data, not code, or every page would count as changed.
  expect(loaded.meta).toEqual({ astroIncremental: { kind: "content-data" } });
  const module = join(WORK, `${command}.mjs`);
  writeFileSync(module, loaded.code);
  return pathToFileURL(module).href;
}

describe("dataStoreReadAtRunTime", () => {
  beforeEach(() => {
    rmSync(WORK, { recursive: true, force: true });
    for (const dir of ["cache", ".astro"]) mkdirSync(join(WORK, dir), { recursive: true });
    writeFileSync(files.build, store);
    writeFileSync(files.dev, store.replace("青岛", "大连"));
  });

  it("in a build, reads the store Astro inlined from the cache folder, and refuses one changed since", async () => {
    const module = storeModule("build");
    expect(((await import(`${module}?first`)) as { default: unknown }).default).toEqual(JSON.parse(store));
    writeFileSync(files.build, store.replace("青岛", "北京"));
    utimesSync(files.build, new Date(), new Date(Date.now() + 5000));
    await expect(import(`${module}?changed`)).rejects.toThrow(/changed during the build/);
  });

  it("in the dev server, reads .astro/data-store.json as it is when the module runs", async () => {
    const module = storeModule("dev");
    expect(((await import(`${module}?first`)) as { default: unknown }).default).toEqual(
      JSON.parse(store.replace("青岛", "大连")),
    );
    writeFileSync(files.dev, store.replace("青岛", "厦门"));
    expect(((await import(`${module}?edited`)) as { default: unknown }).default).toEqual(
      JSON.parse(store.replace("青岛", "厦门")),
    );
  });
});
