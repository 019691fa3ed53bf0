// The list-row summary of an article.

/** Longest summary, in characters, the ellipsis included. */
export const SUMMARY_MAX = 80

/** A notice's salutation (各基层工会：, 各位职工:) says nothing about the content. */
const SALUTATION = /^.{1,30}[：:]$/

/** The first paragraph that is not a salutation, cut to at most 80 characters (… when cut). */
export function summarize(paragraphs: string | string[]): string {
  const list = Array.isArray(paragraphs) ? paragraphs : [paragraphs]
  const text = list.find((p) => !SALUTATION.test(p.trim())) ?? list[0] ?? ''
  const chars = Array.from(text)
  if (chars.length <= SUMMARY_MAX) return text
  return chars.slice(0, SUMMARY_MAX - 1).join('') + '…'
}
