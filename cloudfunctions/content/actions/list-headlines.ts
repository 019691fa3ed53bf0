// listHeadlines: the pinned articles for the headline area, lowest rank first, then newest.
import { listHeadlinesInput, type ListHeadlinesResult } from '../../../contracts/content/actions'
import { database } from '../../_shared/cloudbase'
import { defineAction, ok } from '../../_shared/handler'
import { articles, SUMMARY_FIELDS, toSummary, type SummaryDoc } from '../articles-collection'

/** How many headlines the home page shows. */
export const MAX_HEADLINES = 5

export const listHeadlines = defineAction({
  input: listHeadlinesInput,
  access: 'public',
  run: async ({ channel }) => {
    const _ = database().command
    // Unpinned articles have no pinnedRank at all, so the (pinnedRank, publishedAt) index holds
    // only the few pinned ones in its range.
    const res = await articles()
      .where({ pinnedRank: _.gte(0), ...(channel ? { channel } : {}) })
      .orderBy('pinnedRank', 'asc')
      .orderBy('publishedAt', 'desc')
      .limit(MAX_HEADLINES)
      .field(SUMMARY_FIELDS)
      .get()
    const result: ListHeadlinesResult = { items: (res.data as SummaryDoc[]).map(toSummary) }
    return ok(result)
  }
})
