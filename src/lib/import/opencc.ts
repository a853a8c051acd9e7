/** Shared, lazily built opencc-js converters. */
import * as OpenCC from "opencc-js";

type Convert = (text: string) => string;
let twToCn: Convert | undefined;
let cnToTw: Convert | undefined;

/** Traditional (Taiwan standard) → Simplified; 著 as a particle becomes 着. */
export function toSimplified(text: string): string {
  twToCn ??= OpenCC.Converter({ from: "tw", to: "cn" });
  return twToCn(text);
}

/** Simplified → Traditional (Taiwan standard). */
export function toTraditional(text: string): string {
  cnToTw ??= OpenCC.Converter({ from: "cn", to: "tw" });
  return cnToTw(text);
}
