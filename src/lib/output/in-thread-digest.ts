/**
 * Astro hashes the inline scripts and styles of every page for its Content-Security-Policy, the
 * same few hundred bytes on every page, through WebCrypto, where each call is a job sent to the
 * thread pool and back. For small inputs, node:crypto computes the same digest in the calling
 * thread at a fraction of the cost. Used by `npm run build` only.
 */
import { createHash } from "node:crypto";

const NODE_NAMES: Readonly<Record<string, string>> = {
  "SHA-1": "sha1",
  "SHA-256": "sha256",
  "SHA-384": "sha384",
  "SHA-512": "sha512",
};

/** Inputs larger than this still go to WebCrypto (in the thread pool, off the main thread). */
const MAX_IN_THREAD_BYTES = 64 * 1024;

function bytesOf(data: BufferSource): Uint8Array {
  return ArrayBuffer.isView(data)
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : new Uint8Array(data);
}

/** Makes `crypto.subtle.digest` compute small SHA digests in the calling thread; returns what undoes it. */
export function digestInThread(): () => void {
  const subtle = globalThis.crypto.subtle;
  const original = subtle.digest;
  subtle.digest = function (algorithm: AlgorithmIdentifier, data: BufferSource): Promise<ArrayBuffer> {
    const name = NODE_NAMES[(typeof algorithm === "string" ? algorithm : algorithm.name).toUpperCase()];
    const bytes = bytesOf(data);
    if (name === undefined || bytes.byteLength > MAX_IN_THREAD_BYTES) return original.call(subtle, algorithm, data);
    const digest = createHash(name).update(bytes).digest();
    return Promise.resolve(
      digest.buffer.slice(digest.byteOffset, digest.byteOffset + digest.byteLength) as ArrayBuffer,
    );
  };
  return () => {
    subtle.digest = original;
  };
}
