// Clean-up shared by every parse step. Extracted pages carry nbsp, zero-width marks and ragged
// indentation; the article's own characters (its punctuation included) are never rewritten.

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g
const NBSP = /[\u00A0\u2007\u202F]/g

/** Colon as the chrome patterns accept it: the fixture has ASCII ":" where the site prints "：". */
export const COLON = '[:：]'

/** One extracted line without invisible noise or outer whitespace; nbsp runs become one space. */
export function cleanLine(raw: string): string {
  return raw.replace(ZERO_WIDTH, '').replace(NBSP, ' ').replace(/[ \t]{2,}/g, ' ').trim()
}

/** The page as cleaned, non-empty lines: blank lines mean nothing in extracted text (the fixture puts one between every line). */
export function toLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map(cleanLine)
    .filter((line) => line !== '')
}

/** Length in characters as a reader counts them (code points, so an emoji is one). */
export function charLength(text: string): number {
  return Array.from(text).length
}
