/** While the loader runs, the store's debounced write (500 ms after the last change) never comes due. */
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import type { LoaderContext } from "astro/loaders";
import { holdStoreWrite } from "../../../src/loaders/hold-store-write.ts";

describe("holdStoreWrite", () => {
  it("changes the meta store more often than every 500 ms until released, never its value", async () => {
    const touches: number[] = [];
    const values = new Set<string>();
    const meta = {
      set: (_key: string, value: string) => {
        touches.push(performance.now());
        values.add(value);
      },
    } as unknown as LoaderContext["meta"];
    const start = performance.now();
    const release = holdStoreWrite(meta);
    await sleep(1200);
    release();
    const held = touches.length;
    await sleep(300);
    expect(touches.length).toBe(held);
    const gaps = [start, ...touches].slice(1).map((at, i) => at - ([start, ...touches][i] ?? at));
    expect(held).toBeGreaterThan(3);
    expect(Math.max(...gaps)).toBeLessThan(500);
    expect(values.size).toBe(1);
  });
});
