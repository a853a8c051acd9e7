/**
 * The content store module of a build reads the store file when it runs: the same data as Astro's
 * inline module, and an error, not stale data, when the file changed in between.
 */
import { mkdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { dataStoreReadAtRunTime } from "../../../src/integrations/data-store-module.ts";
import { ROOT } from "../../support/site.ts";

const WORK = join(ROOT, ".tmp/data-store-module");
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

type Transform = { handler: (code: string, id: string) => { code: string } | undefined };

describe("dataStoreReadAtRunTime", () => {
  it("reads the store Astro inlined, and refuses one changed since", async () => {
    rmSync(WORK, { recursive: true, force: true });
    mkdirSync(WORK, { recursive: true });
    const store = JSON.stringify([["Map", 1, 2], "articles", { title: "青岛“保密”培训\n" }]);
    writeFileSync(join(WORK, "data-store.json"), store);
    const plugin = dataStoreReadAtRunTime(pathToFileURL(`${WORK}/`));
    expect(plugin.apply).toBe("build");
    const transform = (plugin.transform as Transform).handler;
    const inline = `export default JSON.parse(${JSON.stringify(store)})`;
    // Other modules, and a store Astro did not inline (chunked storage), are left alone.
    expect(transform(inline, "\0astro:content")).toBeUndefined();
    expect(transform("export default{}", "\0astro:data-layer-content")).toBeUndefined();

    const module = join(WORK, "store.mjs");
    writeFileSync(module, transform(inline, "\0astro:data-layer-content")!.code);
    const read = (await import(`${pathToFileURL(module).href}?first`)) as { default: unknown };
    expect(read.default).toEqual(JSON.parse(store));

    writeFileSync(join(WORK, "data-store.json"), store.replace("青岛", "北京"));
    utimesSync(join(WORK, "data-store.json"), new Date(), new Date(Date.now() + 5000));
    await expect(import(`${pathToFileURL(module).href}?changed`)).rejects.toThrow(/changed during the build/);
  });
});
