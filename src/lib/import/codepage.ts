/**
 * Double-byte code pages (GBK, Big5) as tables built from the WHATWG Encoding Standard's decoders
 * (what browsers read: Big5 with its Hong Kong extension, FE D3 → 着; GBK as gb18030), so that text
 * can be encoded back to the bytes it came from.
 */
import { TextDecoder as WhatwgDecoder } from "@exodus/bytes/encoding.js";

export type CodePageName = "gbk" | "big5";

export type CodePage = {
  readonly name: CodePageName;
  readonly isLead: (byte: number) => boolean;
  /** The character of a lead/trail pair, or undefined when the pair is invalid. */
  readonly decodePair: (lead: number, trail: number) => string | undefined;
  /** The bytes of one character (1 for ASCII, 2 otherwise), or undefined. */
  readonly encodeChar: (char: string) => readonly number[] | undefined;
};

const RANGES: Record<CodePageName, { lead: [number, number]; trails: [number, number][] }> = {
  gbk: {
    lead: [0x81, 0xfe],
    trails: [
      [0x40, 0x7e],
      [0x80, 0xfe],
    ],
  },
  big5: {
    lead: [0x81, 0xfe],
    trails: [
      [0x40, 0x7e],
      [0xa1, 0xfe],
    ],
  },
};

const cache = new Map<CodePageName, CodePage>();

export function codePage(name: CodePageName): CodePage {
  const cached = cache.get(name);
  if (cached) return cached;
  const decoder = new WhatwgDecoder(name === "gbk" ? "gb18030" : "big5");
  const { lead, trails } = RANGES[name];
  const pairs = new Map<number, string>();
  const bytesOf = new Map<string, readonly number[]>();
  for (let leadByte = lead[0]; leadByte <= lead[1]; leadByte++) {
    for (const [from, to] of trails) {
      for (let trailByte = from; trailByte <= to; trailByte++) {
        const char = decoder.decode(new Uint8Array([leadByte, trailByte]));
        if (char.length === 0 || char.includes("\uFFFD") || [...char].length !== 1) continue;
        pairs.set((leadByte << 8) | trailByte, char);
        if (!bytesOf.has(char)) bytesOf.set(char, [leadByte, trailByte]);
      }
    }
  }
  const page: CodePage = {
    name,
    isLead: (byte) => byte >= lead[0] && byte <= lead[1],
    decodePair: (lead, trail) => pairs.get((lead << 8) | trail),
    encodeChar: (char) => {
      const code = char.codePointAt(0) ?? 0;
      if (code < 0x80) return [code];
      return bytesOf.get(char);
    },
  };
  cache.set(name, page);
  return page;
}

/** Encodes a string, or returns undefined if a character has no code. */
export function encode(page: CodePage, text: string): number[] | undefined {
  const bytes: number[] = [];
  for (const char of text) {
    const code = page.encodeChar(char);
    if (!code) return undefined;
    bytes.push(...code);
  }
  return bytes;
}

/** Decodes strictly: undefined when any byte sequence is invalid. */
export function decodeStrict(page: CodePage, bytes: readonly number[]): string | undefined {
  let out = "";
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    if (byte < 0x80) {
      out += String.fromCharCode(byte);
      continue;
    }
    const trail = bytes[i + 1];
    if (trail === undefined) return undefined;
    const char = page.decodePair(byte, trail);
    if (char === undefined) return undefined;
    out += char;
    i++;
  }
  return out;
}
