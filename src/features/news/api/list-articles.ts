// listArticles: one page of a channel's articles, and the hook the home feed uses.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ArticleSummary } from '@contracts/content/article'
import type { ListArticlesInput, ListArticlesResult } from '@contracts/content/actions'
import { callFunction, toCloudError, type CloudError } from '@/lib/cloud'

/** Rows asked per page: enough to fill two screens, small enough for one setData. */
export const ARTICLES_PAGE_SIZE = 20

/** Calls content.listArticles. */
export function listArticles(input: ListArticlesInput): Promise<ListArticlesResult> {
  return callFunction('content', 'listArticles', input)
}

/** What the feed shows: first load, its failure, and paging. */
export interface ArticlesState {
  status: 'loading' | 'ready' | 'error'
  items: ArticleSummary[]
  /** Why the first page failed (status 'error'). */
  error: CloudError | null
  hasMore: boolean
  loadingMore: boolean
  /** Why the last "load more" failed; the rows already shown stay. */
  moreError: CloudError | null
}

const initialState: ArticlesState = {
  status: 'loading',
  items: [],
  error: null,
  hasMore: false,
  loadingMore: false,
  moreError: null
}

function appendUnique(items: ArticleSummary[], more: ArticleSummary[]): ArticleSummary[] {
  const seen = new Set(items.map((item) => item.id))
  return items.concat(more.filter((item) => !seen.has(item.id)))
}

/**
 * The articles of `channel` in the order the function returns them (newest first), with
 * `retry` (start over), `refresh` (pull-down: keeps rows on failure and rejects with the error)
 * and `loadMore` (next page).
 */
export function useArticles(channel: string, pageSize = ARTICLES_PAGE_SIZE) {
  const [state, setState] = useState<ArticlesState>(initialState)
  // Each request takes a ticket; replies to superseded tickets are dropped.
  const ticket = useRef(0)
  const cursor = useRef<string | null>(null)
  const busyMore = useRef(false)
  const mounted = useRef(true)

  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])

  const isCurrent = (mine: number) => mounted.current && mine === ticket.current

  // Fetches page one under a fresh ticket; resolves to null when a newer request took over.
  const fetchFirst = useCallback(async () => {
    const mine = ++ticket.current
    busyMore.current = false
    try {
      const page = await listArticles({ channel, limit: pageSize })
      if (!isCurrent(mine)) return null
      cursor.current = page.nextCursor
      return page
    } catch (error) {
      if (!isCurrent(mine)) return null
      throw toCloudError(error)
    }
  }, [channel, pageSize])

  const showFirst = (page: ListArticlesResult) =>
    setState({ ...initialState, status: 'ready', items: page.items, hasMore: page.nextCursor !== null })

  const retry = useCallback(async () => {
    setState(initialState)
    try {
      const page = await fetchFirst()
      if (page) showFirst(page)
    } catch (error) {
      setState({ ...initialState, status: 'error', error: error as CloudError })
    }
  }, [fetchFirst])

  const refresh = useCallback(async () => {
    let page: ListArticlesResult | null
    try {
      page = await fetchFirst()
    } catch (error) {
      // With rows on screen, keep them: the caller tells the user the refresh failed.
      setState((s) =>
        s.items.length > 0 ? { ...s, loadingMore: false } : { ...initialState, status: 'error', error: error as CloudError }
      )
      throw error
    }
    if (page) showFirst(page)
  }, [fetchFirst])

  const loadMore = useCallback(async () => {
    const next = cursor.current
    if (!next || busyMore.current) return
    busyMore.current = true
    const mine = ticket.current
    setState((s) => ({ ...s, loadingMore: true, moreError: null }))
    try {
      const page = await listArticles({ channel, cursor: next, limit: pageSize })
      if (!isCurrent(mine)) return
      cursor.current = page.nextCursor
      setState((s) => ({
        ...s,
        items: appendUnique(s.items, page.items),
        hasMore: page.nextCursor !== null,
        loadingMore: false
      }))
    } catch (error) {
      if (!isCurrent(mine)) return
      setState((s) => ({ ...s, loadingMore: false, moreError: toCloudError(error) }))
    } finally {
      if (mine === ticket.current) busyMore.current = false
    }
  }, [channel, pageSize])

  useEffect(() => {
    void retry()
  }, [retry])

  return { ...state, retry, refresh, loadMore }
}
