/**
 * Dates and times as Chinese news sites print them: `2024-05-12 08:31:05`,
 * `2023年04月18日07:51`, `2019.07.01`, `2023/9/6`, the Republic-of-China
 * calendar of Taiwanese government sites (`113-03-21`, `民國113年3月21日`).
 */
export type FoundDate = {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM or HH:MM:SS when printed. */
  time?: string;
  /** Where the date (with its time) was found in the text. */
  index: number;
  length: number;
  /** The date was written in the Republic-of-China calendar. */
  roc: boolean;
};

/** A publication date one source of evidence gives (a page's metadata, its text, its address). */
export type DateCandidate = {
  /** YYYY-MM-DD */
  day: string;
  /** As front matter takes it: the day, `2024-05-12 08:31`, or ISO 8601 with its offset. */
  value: string;
  /** Where it was read, for the report: `JSON-LD datePublished`, `meta pubdate`, `line 4`. */
  from: string;
  /** 1 structured data, 2 meta tags, 3 <time>, 4 a printed line, 5 the page's address. */
  rank: number;
};

const SEP = String.raw`\s*(?:年|-|/|\.|－|／)\s*`;
const TIME = String.raw`(?:\s*(?:[（(]?(?:星期|週|周|礼拜|禮拜)[一二三四五六日天][）)]?)?\s*(?:[-–|｜]\s*)?(?:(?:上午|下午|晚上|凌晨|中午|香港時間|香港时间|HKT|北京时间|北京時間|台北時間)\s*)?(\d{1,2})\s*(?:[:：時时点點])\s*(\d{2})(?:\s*[:：分]\s*(\d{2}))?分?(?:\s*(?:HKT|HKST|CST|[(（]?(?:GMT|UTC)\s*[+＋]\s*0?8(?::?00)?[)）]?)(?![A-Za-z]))?)?`;
const WESTERN = new RegExp(
  String.raw`(?<![\d.])((?:19|20)\d{2})${SEP}(\d{1,2})\s*(?:月|-|/|\.|－|／)\s*(\d{1,2})(?![\d.])\s*日?${TIME}`,
  "u",
);
const ROC = new RegExp(
  String.raw`(?<![\d.])(?:民國|民国)?\s*(1[01]\d|[4-9]\d)\s*(?:年|-|/|\.)\s*(\d{1,2})\s*(?:月|-|/|\.)\s*(\d{1,2})(?![\d.])\s*日?${TIME}`,
  "u",
);
const ROC_COMPACT = /(?<!\d)(1[01]\d)(0[1-9]|1[0-2])([0-3]\d)(?!\d)/u;

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function build(match: RegExpExecArray, year: number, roc: boolean): FoundDate | undefined {
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (!isRealDay(year, month, day)) return undefined;
  const found: FoundDate = {
    date: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
    index: match.index,
    length: match[0].trimEnd().length,
    roc,
  };
  const [hour, minute, second] = [match[4], match[5], match[6]];
  if (hour !== undefined && minute !== undefined && Number(hour) < 24 && Number(minute) < 60) {
    // `下午3:00` is 15:00
    const afternoon = /(?:下午|晚上)\s*\d/u.test(match[0]) && Number(hour) < 12;
    const hours = afternoon ? String(Number(hour) + 12) : hour.padStart(2, "0");
    found.time = `${hours}:${minute}${second === undefined ? "" : `:${second}`}`;
  }
  return found;
}

/** A year printed apart from its month and day (新华网's `2024 05/12 10:21:45`). */
const YEAR_APART = new RegExp(String.raw`(?<![\d.])((?:19|20)\d{2})\s+(\d{1,2})\s*/\s*(\d{1,2})(?![\d./])${TIME}`, "u");

/** The first date in `text`, Western or (when `allowRoc`) Republic-of-China calendar. */
export function findDate(text: string, allowRoc = true): FoundDate | undefined {
  const western = WESTERN.exec(text) ?? YEAR_APART.exec(text);
  if (western) {
    const found = build(western, Number(western[1]), false);
    if (found) return found;
  }
  if (!allowRoc) return undefined;
  const roc = ROC.exec(text);
  // a bare `98.5.3` could be a version number: ROC dates need a label, 民國 or a hyphen/slash form
  if (roc && (/民[國国]/.test(roc[0]) || /\d\s*[-/年]/.test(roc[0]))) {
    const found = build(roc, Number(roc[1]) + 1911, true);
    if (found) return found;
  }
  return undefined;
}

/** A compact ROC date as CNA prints after its editor line: `1130321` → 2024-03-21. */
export function findCompactRocDate(text: string): FoundDate | undefined {
  const match = ROC_COMPACT.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]) + 1911;
  const [month, day] = [Number(match[2]), Number(match[3])];
  if (!isRealDay(year, month, day)) return undefined;
  return {
    date: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
    index: match.index,
    length: match[0].length,
    roc: true,
  };
}
