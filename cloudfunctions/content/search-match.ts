// What the search index cannot tell by itself: whether an article holds the query's words
// contiguously (the index only knows it holds every bigram somewhere), and the passage of the
// body to show under a hit.
import type { ArticleBlock } from '../../contracts/content/article'
import { articleSearchText, normalizeForSearch } from '../../contracts/content/search-terms'

/** About how many characters a snippet shows. */
export const SNIPPET_LENGTH = 60
/** How many characters of context come before the match (the rest follows it). */
const SNIPPET_BEFORE = 18

/** What matching and snippets read of an article. */
export interface MatchableArticle {
  title: string
  summary: string
  blocks: ArticleBlock[]
}

/**
 * Whether every word of the query appears whole in the title or in one block. A query of 工会费
 * needs 工会 and 会费 from the index; an article about 工会 that mentions 会费 elsewhere has both
 * bigrams but not the word, and is not a hit.
 */
export function holdsAllWords(article: MatchableArticle, words: string[]): boolean {
  const parts = articleSearchText(article).map(normalizeForSearch)
  return words.every((word) => parts.some((part) => part.includes(word)))
}

/** Text of the body's blocks in reading order (paragraphs, headings, captions). */
function bodyTexts(blocks: ArticleBlock[]): string[] {
  return blocks.map((b) => (b.type === 'image' ? (b.caption ?? '') : b.text)).filter((t) => t !== '')
}

/**
 * Where `word` (normalized) first occurs in `text` (not normalized), in code points of `text`,
 * or null. Each character is normalized on its own so positions map back to the original text.
 */
function locate(text: string, word: string): { start: number; end: number } | null {
  const chars = Array.from(text)
  let normalized = ''
  const owner: number[] = []
  chars.forEach((ch, i) => {
    const n = normalizeForSearch(ch)
    normalized += n
    for (let k = 0; k < n.length; k++) owner.push(i)
  })
  const at = normalized.indexOf(word)
  if (at < 0) return null
  return { start: owner[at], end: owner[at + word.length - 1] + 1 }
}

/**
 * About 60 characters of body text around the first occurrence of the first query word the body
 * holds, with … where cut; the summary when the words are only in the title.
 */
export function makeSnippet(article: MatchableArticle, words: string[]): string {
  const texts = bodyTexts(article.blocks)
  for (const word of words) {
    for (const text of texts) {
      const hit = locate(text, word)
      if (hit) return cutAround(Array.from(text), hit.start, hit.end)
    }
  }
  return article.summary
}

function cutAround(chars: string[], start: number, end: number): string {
  if (chars.length <= SNIPPET_LENGTH) return chars.join('')
  let from = Math.max(0, start - SNIPPET_BEFORE)
  const to = Math.min(chars.length, Math.max(from + SNIPPET_LENGTH, end))
  from = Math.max(0, Math.min(from, to - SNIPPET_LENGTH))
  return (from > 0 ? '…' : '') + chars.slice(from, to).join('') + (to < chars.length ? '…' : '')
}
