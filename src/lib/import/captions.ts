/**
 * Photo captions copied as text: `图为…（新华社记者 王鹏 摄）`, `▲…`,
 * `（图片说明：…）`, `資料照片`. Kept out of the body of a text import.
 */
const START =
  /^(?:[▲△▼↑↓]|图为|圖為|图片说明|圖片說明|图说|圖說|图注|圖註|[（(](?:图片说明|圖片說明|资料图|資料圖|资料照片|資料照片|图|圖)|图\s*[:：]|圖\s*[:：]|图\d+|圖\d+|(?:资料图片|資料圖片|资料图|資料圖|资料照片|資料照片|示意图|示意圖)\s*[:：（(]?)/u;
const END =
  /(?:摄|攝|摄影|攝影|供图|供圖|翻拍|截图|截圖|资料图|資料圖|资料照片|資料照片|图片来源\S*|圖片來源\S*|新华社发|新華社發|中新社发|中新社發|提供|(?:中央社|中新社|新华社|新華社)\S{0,12})\s*[)）]?$/u;
const PAREN_CREDIT = /[（(][^（）()]{0,30}(?:摄|攝|供图|供圖|提供|翻攝|翻摄|截图|截圖)[)）]$/u;

/** True when a line reads as a photo caption rather than article text. */
export function isCaption(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > 160) return false;
  if (START.test(trimmed)) return true;
  return PAREN_CREDIT.test(trimmed) || (trimmed.length <= 80 && END.test(trimmed) && /[（(]/u.test(trimmed));
}
