/**
 * Folds text for search, the same way at build time and in the browser: Traditional to Simplified
 * with Taiwan phrases (軟體 → 软件, 人工智慧 → 人工智能), so that a query in either script and
 * either region's vocabulary meets the indexed text. opencc-js's Taiwan→Simplified dictionaries,
 * with the phrases newsprint reviewed for news (tw-phrases.ts): a general word such as 檔案 or 執行
 * is not folded to a computing one (文件, 运行), or a query 档案 would miss the page that says 檔案.
 * About 48 KB gzip in the browser (the review data with its reasons adds 7 KB).
 */
import { ConverterFactory } from "opencc-js/core";
import toCn from "opencc-js/to/cn";
import { twpToTraditional } from "../script/tw-phrases.ts";

export const fold: (text: string) => string = ConverterFactory([twpToTraditional()], toCn);
