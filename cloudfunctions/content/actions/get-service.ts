// getService: one service's page, with the newest news about it: articles holding any of its
// `newsKeywords`, found through the article search index as searchArticles finds them.
import type { ArticleSummary } from '../../../contracts/content/article'
import { displayTerms, queryTerms } from '../../../contracts/content/search-terms'
import { appError } from '../../../contracts/errors'
import { getServiceInput } from '../../../contracts/services/actions'
import type { GetServiceResult, ServiceDoc } from '../../../contracts/services/documents'
import { database } from '../../_shared/cloudbase'
import { defineAction, ok } from '../../_shared/handler'
import { articles, SUMMARY_FIELDS, toSummary, type SummaryDoc } from '../articles-collection'
import { holdsAllWords, type MatchableArticle } from '../search-match'
import { services, toServiceDetail } from '../services-collection'

/** How many related articles a service page shows. */
export const RELATED_ARTICLES = 3
/** Candidates read per keyword beyond the page's need, for those holding the bigrams but not the word. */
const SPARE = 3

type Candidate = SummaryDoc & MatchableArticle

export const getService = defineAction({
  input: getServiceInput,
  access: 'public',
  run: async ({ id }) => {
    const doc = ((await services().doc(id).get()).data as ServiceDoc[])[0]
    // The id is one of SERVICE_IDS (the schema saw to it); a missing row means the content is not loaded.
    if (!doc) return appError('SERVICE_NOT_FOUND')
    const result: GetServiceResult = { service: toServiceDetail(doc), relatedArticles: await newsAbout(doc.newsKeywords ?? []) }
    return ok(result)
  }
})

/** The newest articles holding any of the keywords, newest first, each once. */
async function newsAbout(keywords: string[]): Promise<ArticleSummary[]> {
  const _ = database().command
  const perKeyword = await Promise.all(
    keywords.map(async (keyword) => {
      const terms = queryTerms(keyword)
      if (terms.length === 0) return []
      const res = await articles()
        .where({ searchTerms: _.all(terms) })
        .orderBy('publishedAt', 'desc')
        .orderBy('_id', 'desc')
        .limit(RELATED_ARTICLES + SPARE)
        .field({ ...SUMMARY_FIELDS, blocks: true })
        .get()
      const words = displayTerms(keyword)
      return (res.data as Candidate[]).filter((a) => holdsAllWords(a, words))
    })
  )
  const byId = new Map<string, Candidate>()
  for (const a of perKeyword.flat()) byId.set(a._id, a)
  return [...byId.values()]
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || b._id.localeCompare(a._id))
    .slice(0, RELATED_ARTICLES)
    .map(toSummary)
}
