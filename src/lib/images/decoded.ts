/**
 * Decoded photos kept for the variants still to be encoded from them: per source image, its pixels
 * oriented and resized once to the widest width the site uses, as raw 8-bit samples. Astro encodes
 * the variants of one source one after the other with the same input buffer, so the key is that
 * buffer's identity (no hashing); the pixels are kept in an LRU bounded by bytes.
 */
import type { AvifOptions, JpegOptions, PngOptions, Sharp, WebpOptions } from "sharp";

export type NewsprintServiceConfig = {
  /** The widest width the site encodes: what the decoded pixels are resized to. */
  readonly decodeWidth: number;
  /** Bytes of decoded pixels kept between the variants of a photo (LRU). */
  readonly decodedBytes?: number;
  readonly jpeg?: JpegOptions;
  readonly webp?: WebpOptions;
  readonly avif?: AvifOptions;
  readonly png?: PngOptions;
  readonly limitInputPixels?: number | boolean;
};

export type DecodedPhoto = {
  readonly data: Buffer;
  readonly width: number;
  readonly height: number;
  readonly channels: 1 | 2 | 3 | 4;
  /** Width of the source before resizing: a variant wider than `width` needs the source again. */
  readonly sourceWidth: number;
};

export class DecodedPhotos {
  readonly #ids = new WeakMap<object, number>();
  readonly #entries = new Map<number, Promise<DecodedPhoto>>();
  readonly #sizes = new Map<number, number>();
  readonly #maxBytes: number;
  #nextId = 0;
  #nextDecode = 0;
  #bytes = 0;

  constructor(maxBytes: number) {
    this.#maxBytes = maxBytes;
  }

  /** The decoded pixels of `input`, decoding them with `decode` the first time. */
  get(input: Uint8Array, decode: () => Promise<DecodedPhoto>): Promise<DecodedPhoto> {
    let id = this.#ids.get(input);
    if (id === undefined) {
      id = this.#nextId++;
      this.#ids.set(input, id);
    }
    const cached = this.#entries.get(id);
    if (cached !== undefined) {
      // Most recently used last.
      this.#entries.delete(id);
      this.#entries.set(id, cached);
      return cached;
    }
    const key = id;
    this.#nextDecode++;
    const pending = decode();
    this.#entries.set(key, pending);
    pending.then(
      (photo) => this.#account(key, photo.data.byteLength),
      () => this.#entries.delete(key),
    );
    return pending;
  }

  /** How many times a photo was decoded (for tests and the benchmark). */
  get decodes(): number {
    return this.#nextDecode;
  }

  /** Bytes of decoded pixels held. */
  get bytes(): number {
    return this.#bytes;
  }

  #account(key: number, bytes: number): void {
    if (!this.#entries.has(key)) return;
    this.#sizes.set(key, bytes);
    this.#bytes += bytes;
    for (const oldest of this.#entries.keys()) {
      if (this.#bytes <= this.#maxBytes || oldest === key) break;
      this.#evict(oldest);
    }
  }

  #evict(key: number): void {
    this.#entries.delete(key);
    this.#bytes -= this.#sizes.get(key) ?? 0;
    this.#sizes.delete(key);
  }
}

/** Decodes with `pipeline` (the source, oriented) and resizes to at most `maxWidth`, as raw 8-bit pixels. */
export async function decodeOnce(pipeline: Sharp, maxWidth: number): Promise<DecodedPhoto> {
  const metadata = await pipeline.metadata();
  const sourceWidth = metadata.autoOrient.width;
  const { data, info } = await pipeline
    .resize({ width: maxWidth, withoutEnlargement: true })
    .raw({ depth: "uchar" })
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels, sourceWidth };
}
