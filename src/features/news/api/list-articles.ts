// listArticles: one page of a channel's articles, and the hook the home feed uses.
import { useCallback } from 'react'
import type { ArticleSummary } from '@contracts/content/article'
import type { ListArticlesInput, ListArticlesResult } from '@contracts/content/actions'
import { callFunction } from '@/lib/cloud'
import { useCursorPages } from '@/lib/use-cursor-pages'

/** Rows asked per page: enough to fill two screens, small enough for one setData. */
export const ARTICLES_PAGE_SIZE = 20

/** Calls content.listArticles. */
export function listArticles(input: ListArticlesInput): Promise<ListArticlesResult> {
  return callFunction('content', 'listArticles', input)
}

/**
 * The articles of `channel`, newest first, with `retry` (start over), `refresh` (pull-down:
 * keeps rows on failure and rejects with the error) and `loadMore` (next page).
 */
export function useArticles(channel: string, pageSize = ARTICLES_PAGE_SIZE) {
  const fetchPage = useCallback(
    (cursor?: string) => listArticles({ channel, limit: pageSize, ...(cursor ? { cursor } : {}) }),
    [channel, pageSize]
  )
  return useCursorPages<ArticleSummary, ListArticlesResult>(fetchPage, channel !== '')
}
