/**
 * A tag or comment in serialized HTML. An attribute value may hold `>` (an alt text such as
 * `小图 > 说明`), so quoted values are taken whole: `<[^>]*>` would end the tag there and leave the
 * rest of it, other attributes included, for text.
 */
export const HTML_TAG = String.raw`<!--[\s\S]*?-->|<(?:[^>"']|"[^"]*"|'[^']*')*>`;
