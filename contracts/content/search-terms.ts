// The search index's tokens, shared by the importer (what an article is indexed under), the
// `content` function (what a query looks for) and, if it wants, the app (what to highlight).
// Chinese has no spaces between words, so CJK text is indexed as overlapping character pairs
// (bigrams): 圆梦计划 → 圆梦 梦计 计划, and a query matches when the article has all of its pairs.
// Latin letters and digits are indexed as whole words. Pure TypeScript: no Node or browser APIs,
// and no Unicode property escapes (older mini-program engines lack them).

/** Han ideographs (with extensions A and B+), compatibility ideographs, 々 〇, kana (not ・) and Hangul syllables. */
const CJK = /[\u3005\u3007\u3040-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]|[\ud840-\ud87f][\udc00-\udfff]/
const WORD = /[a-z0-9]/

type Run = { kind: 'cjk' | 'word'; text: string; chars: string[] }

/** The text as searched: NFKC (full-width Ａ１ → a1, compatibility forms folded) and lower case. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase()
}

/** Splits normalized text into runs of CJK characters and runs of [a-z0-9]; everything else separates. */
function runs(normalized: string): Run[] {
  const out: Run[] = []
  let current: Run | null = null
  for (const ch of Array.from(normalized)) {
    const kind = CJK.test(ch) ? 'cjk' : WORD.test(ch) ? 'word' : null
    if (kind === null) {
      current = null
      continue
    }
    if (!current || current.kind !== kind) {
      current = { kind, text: '', chars: [] }
      out.push(current)
    }
    current.text += ch
    current.chars.push(ch)
  }
  return out
}

function bigrams(chars: string[]): string[] {
  const out: string[] = []
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1])
  return out
}

function uniqueSorted(terms: string[]): string[] {
  return [...new Set(terms)].sort()
}

/** The terms a text is indexed under: every CJK bigram (a lone CJK character as itself) and every latin word; unique, sorted. */
export function indexTerms(text: string): string[] {
  const terms: string[] = []
  for (const run of runs(normalizeForSearch(text))) {
    if (run.kind === 'word') terms.push(run.text)
    else if (run.chars.length === 1) terms.push(run.text)
    // A loop, not push(...): spreading one long run's pairs as arguments overflows the stack
    // (a pasted 150,000-character paragraph without punctuation did).
    else for (const pair of bigrams(run.chars)) terms.push(pair)
  }
  return uniqueSorted(terms)
}

/**
 * The terms a query needs an article to have (all of them): the bigrams of each CJK run of two or
 * more characters and each latin word. A lone CJK character is dropped: it may be part of a longer
 * run in the article (2026年 in 2026年度 is indexed as 年度), so requiring it would miss real
 * matches. An empty result means the query cannot be searched (e.g. one character alone).
 */
export function queryTerms(q: string): string[] {
  const terms: string[] = []
  for (const run of runs(normalizeForSearch(q))) {
    if (run.kind === 'word') terms.push(run.text)
    else if (run.chars.length >= 2) terms.push(...bigrams(run.chars))
  }
  return uniqueSorted(terms)
}

/**
 * The query's words as they are matched, normalized, in the order typed, without repeats: each
 * CJK run of two or more characters whole (圆梦计划, not its bigrams) and each latin word. Lone
 * CJK characters are left out, as `queryTerms` leaves them out of the match. The app highlights
 * these (compare case-insensitively: they are lower case); the function also checks that an
 * article holds each CJK word contiguously, not only its bigrams scattered.
 */
export function displayTerms(q: string): string[] {
  const words: string[] = []
  for (const run of runs(normalizeForSearch(q))) {
    if (run.kind === 'word' || run.chars.length >= 2) words.push(run.text)
  }
  return [...new Set(words)]
}

/** The text of an article the index covers: the title and every paragraph, heading and caption. */
export function articleSearchText(article: { title: string; blocks: ReadonlyArray<{ type: string; text?: string; caption?: string }> }): string[] {
  const parts = [article.title]
  for (const block of article.blocks) {
    const text = block.type === 'image' ? block.caption : block.text
    if (text) parts.push(text)
  }
  return parts
}

/** The `searchTerms` an article is stored with. */
export function articleSearchTerms(article: Parameters<typeof articleSearchText>[0]): string[] {
  // Parts are indexed one by one so no bigram spans the end of one block and the start of the next.
  return uniqueSorted(articleSearchText(article).flatMap(indexTerms))
}
