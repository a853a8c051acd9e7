/** The decoded-pixel cache (src/lib/images/decoded.ts): one decode per source, bounded by bytes. */
import { describe, expect, it } from "vitest";
import { DecodedPhotos, type DecodedPhoto } from "../../../src/lib/images/decoded.ts";

const photo = (bytes: number): DecodedPhoto => ({
  data: Buffer.alloc(bytes),
  width: bytes,
  height: 1,
  channels: 1,
  sourceWidth: bytes,
});

describe("DecodedPhotos", () => {
  it("decodes each source once, also when its variants ask at the same time", async () => {
    const cache = new DecodedPhotos(1_000);
    const source = new Uint8Array(10);
    let decodes = 0;
    const decode = async () => {
      decodes++;
      return photo(100);
    };
    const results = await Promise.all([
      cache.get(source, decode),
      cache.get(source, decode),
      cache.get(source, decode),
    ]);
    expect(decodes).toBe(1);
    expect(new Set(results).size).toBe(1);
    // An equal but distinct buffer (another file with the same bytes) is another source.
    await cache.get(new Uint8Array(10), decode);
    expect(decodes).toBe(2);
    expect(cache.decodes).toBe(2);
  });

  it("keeps no more decoded bytes than its bound, dropping the least recently used", async () => {
    const cache = new DecodedPhotos(250);
    const [a, b, c] = [new Uint8Array(1), new Uint8Array(1), new Uint8Array(1)];
    const decoded: string[] = [];
    const decoder = (name: string) => async () => {
      decoded.push(name);
      return photo(100);
    };
    await cache.get(a, decoder("a"));
    await cache.get(b, decoder("b"));
    await cache.get(a, decoder("a")); // a is now the most recently used
    await cache.get(c, decoder("c")); // over 250 bytes: b goes
    expect(cache.bytes).toBeLessThanOrEqual(250);
    await cache.get(a, decoder("a"));
    await cache.get(b, decoder("b"));
    expect(decoded).toEqual(["a", "b", "c", "b"]);
  });

  it("forgets a failed decode, so the next variant tries again", async () => {
    const cache = new DecodedPhotos(1_000);
    const source = new Uint8Array(1);
    await expect(cache.get(source, () => Promise.reject(new Error("truncated")))).rejects.toThrow("truncated");
    await expect(cache.get(source, async () => photo(10))).resolves.toMatchObject({ width: 10 });
  });
});
