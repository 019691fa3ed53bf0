// searchArticles: full-text search over titles and bodies, and the search page's hook.
import { useCallback } from 'react'
import type { SearchHit } from '@contracts/content/article'
import type { SearchArticlesInput, SearchArticlesResult } from '@contracts/content/actions'
import { callFunction } from '@/lib/cloud'
import { useCursorPages } from '@/lib/use-cursor-pages'

/**
 * Longest query the server accepts (SEARCH_QUERY_MAX in contracts/content/actions.ts). Repeated,
 * not imported: importing a value from that module would pull zod into the app bundle.
 */
export const SEARCH_QUERY_MAX_LENGTH = 50

/** Calls content.searchArticles. */
export function searchArticles(input: SearchArticlesInput): Promise<SearchArticlesResult> {
  return callFunction('content', 'searchArticles', input)
}

/**
 * Results for `query` (nothing is fetched while it is empty), with the matched `terms` to
 * highlight, `loadMore` for the next page and `retry`.
 */
export function useSearch(query: string, pageSize = 20) {
  const fetchPage = useCallback(
    (cursor?: string) => searchArticles({ q: query, limit: pageSize, ...(cursor ? { cursor } : {}) }),
    [query, pageSize]
  )
  const pages = useCursorPages<SearchHit, SearchArticlesResult>(fetchPage, query !== '')
  return { ...pages, terms: pages.first?.terms ?? [] }
}
