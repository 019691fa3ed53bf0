// searchArticles: articles holding every word of a query, newest first, by cursor, each with a
// passage of its body around the match. The index (`searchTerms`, multikey) narrows the candidates
// to articles holding every bigram of the query; a candidate that does not also hold each word
// contiguously is dropped here (see search-match.ts).
import { searchArticlesInput, type SearchArticlesResult } from '../../../contracts/content/actions'
import type { SearchHit } from '../../../contracts/content/article'
import { displayTerms, queryTerms } from '../../../contracts/content/search-terms'
import { appError } from '../../../contracts/errors'
import { database } from '../../_shared/cloudbase'
import { defineAction, ok } from '../../_shared/handler'
import { articles, SUMMARY_FIELDS, toSummary, type SummaryDoc } from '../articles-collection'
import { after, decodeCursor, encodeCursor, type PagePosition } from '../../_shared/cursor'
import { holdsAllWords, makeSnippet, type MatchableArticle } from '../search-match'

/** Candidates come back with their bodies (for the snippet), never with their index terms. */
const HIT_FIELDS = { ...SUMMARY_FIELDS, blocks: true } as const
/**
 * Reads per page at most. Candidates that hold the bigrams but not the words are rare, so one read
 * nearly always fills the page; the bound keeps a pathological query from scanning on.
 */
const MAX_READS = 3

type Candidate = SummaryDoc & MatchableArticle

export const searchArticles = defineAction({
  input: searchArticlesInput,
  access: 'public',
  run: async ({ q, cursor, limit }) => {
    const terms = queryTerms(q)
    if (terms.length === 0) return appError('INVALID_INPUT', '请输入至少两个字的关键词')
    let pos: PagePosition | null = cursor === undefined ? null : decodeCursor(cursor)
    if (cursor !== undefined && !pos) return appError('INVALID_CURSOR')

    const words = displayTerms(q)
    const _ = database().command
    const hits: SearchHit[] = []
    let more = true
    for (let read = 0; read < MAX_READS && more && hits.length < limit; read++) {
      const want = limit - hits.length
      const where = { searchTerms: _.all(terms) }
      const res = await articles()
        .where(pos ? _.and([where, after(_, 'publishedAt', pos)] as never) : where)
        .orderBy('publishedAt', 'desc')
        .orderBy('_id', 'desc')
        .limit(want + 1)
        .field(HIT_FIELDS)
        .get()
      const rows = res.data as Candidate[]
      more = rows.length > want
      const examined = rows.slice(0, want)
      for (const row of examined) {
        if (holdsAllWords(row, words)) hits.push({ ...toSummary(row), snippet: makeSnippet(row, words) })
      }
      const last = examined[examined.length - 1]
      if (last) pos = { at: last.publishedAt, id: last._id }
    }

    const result: SearchArticlesResult = { items: hits, nextCursor: more && pos ? encodeCursor(pos) : null, terms: words }
    return ok(result)
  }
})
