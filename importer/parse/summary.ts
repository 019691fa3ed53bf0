// The list-row summary of an article.

/** Longest summary, in characters, the ellipsis included. */
export const SUMMARY_MAX = 80

/** The first paragraph cut to at most 80 characters, ending with … when cut. */
export function summarize(firstParagraph: string): string {
  const chars = Array.from(firstParagraph)
  if (chars.length <= SUMMARY_MAX) return firstParagraph
  return chars.slice(0, SUMMARY_MAX - 1).join('') + '…'
}
