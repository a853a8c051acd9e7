/**
 * Folds text for search, the same way at build time and in the browser: Traditional to Simplified
 * with Taiwan phrases (軟體 → 软件, 人工智慧 → 人工智能), so that a query in either script and
 * either region's vocabulary meets the indexed text. opencc-js's Taiwan→Simplified dictionaries
 * only: about 38 KB gzip in the browser.
 */
import { ConverterFactory } from "opencc-js/core";
import fromTwp from "opencc-js/from/twp";
import toCn from "opencc-js/to/cn";

export const fold: (text: string) => string = ConverterFactory(fromTwp, toCn);
