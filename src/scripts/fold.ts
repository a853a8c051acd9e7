/** Folds a query to Simplified with opencc-js's small Traditional→Simplified dictionaries (~31 KB gzip). */
import { ConverterFactory } from "opencc-js/core";
import fromTw from "opencc-js/from/tw";
import toCn from "opencc-js/to/cn";

export const fold = ConverterFactory(fromTw, toCn);
