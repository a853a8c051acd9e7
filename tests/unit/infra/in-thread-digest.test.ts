/** The in-thread digest gives WebCrypto's own results, byte for byte, and is undone. */
import { describe, expect, it } from "vitest";
import { digestInThread } from "../../../src/lib/output/in-thread-digest.ts";

const inputs = ["", "console.log(1)", "<style>.a{color:red}</style>".repeat(50), "中文腳本內容", "x".repeat(70_000)];

describe("digestInThread", () => {
  it("returns WebCrypto's digests for every SHA algorithm and input size", async () => {
    const encoder = new TextEncoder();
    const expected: string[] = [];
    for (const algorithm of ["SHA-1", "SHA-256", "SHA-384", { name: "SHA-512" }])
      for (const input of inputs)
        expected.push(Buffer.from(await crypto.subtle.digest(algorithm, encoder.encode(input))).toString("hex"));
    const original = crypto.subtle.digest;
    const undo = digestInThread();
    try {
      expect(crypto.subtle.digest).not.toBe(original);
      const actual: string[] = [];
      for (const algorithm of ["SHA-1", "SHA-256", "SHA-384", { name: "SHA-512" }])
        for (const input of inputs) {
          const bytes = encoder.encode(input);
          // A view into a larger buffer, as TextEncoder output often is elsewhere.
          const view = new Uint8Array(bytes.byteLength + 8).subarray(4, 4 + bytes.byteLength);
          view.set(bytes);
          actual.push(Buffer.from(await crypto.subtle.digest(algorithm, view)).toString("hex"));
        }
      expect(actual).toEqual(expected);
    } finally {
      undo();
    }
    expect(crypto.subtle.digest).toBe(original);
  });
});
