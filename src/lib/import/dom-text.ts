/** A saved page's text as one line: runs of white space (no-break and full-width spaces too) as one space, trimmed. */
export const oneLine = (text: string): string => text.replace(/[\s\u00a0\u3000]+/gu, " ").trim();
