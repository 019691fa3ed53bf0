// Cursor paging for any list action that answers `{ items, nextCursor }`: first load, its
// failure, pull-to-refresh, "load more", and replies that arrive too late being dropped.
import { useCallback, useEffect, useRef, useState } from 'react'
import { toCloudError, type CloudError } from './cloud'
import { showReply } from './show-reply'

/** One page of a cursor-paged reply. */
export interface CursorPage<T> {
  items: T[]
  /** Pass back for the next page; null at the end. */
  nextCursor: string | null
}

/** What a paged list shows. */
export interface CursorPagesState<T, P> {
  /** 'idle' while disabled (e.g. a search with no query yet). */
  status: 'idle' | 'loading' | 'ready' | 'error'
  items: T[]
  /** The first page's whole reply, for extras such as search `terms`. */
  first: P | null
  /** Why the first page failed (status 'error'). */
  error: CloudError | null
  hasMore: boolean
  loadingMore: boolean
  /** Why the last "load more" failed; the rows already shown stay. */
  moreError: CloudError | null
}

function emptyState<T, P>(status: CursorPagesState<T, P>['status']): CursorPagesState<T, P> {
  return { status, items: [], first: null, error: null, hasMore: false, loadingMore: false, moreError: null }
}

function appendUnique<T extends { id: string }>(items: T[], more: T[]): T[] {
  const seen = new Set(items.map((item) => item.id))
  return items.concat(more.filter((item) => !seen.has(item.id)))
}

const readyState = <T, P extends CursorPage<T>>(page: P): CursorPagesState<T, P> => ({ ...emptyState<T, P>('ready'), items: page.items, first: page, hasMore: page.nextCursor !== null })

/**
 * Pages through `fetchPage` (memoise it: a new function means a new list, loaded from the start).
 * Returns the state with `retry` (start over), `refresh` (pull-down: keeps rows on failure and
 * rejects with the error), `loadMore` (next page) and `updateItems` (change rows locally, e.g. an optimistic removal).
 */
export function useCursorPages<T extends { id: string }, P extends CursorPage<T>>(
  fetchPage: (cursor?: string) => Promise<P>,
  enabled = true
) {
  const [state, setState] = useState<CursorPagesState<T, P>>(() => emptyState(enabled ? 'loading' : 'idle'))
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
  const fetchFirst = useCallback(async (): Promise<P | null> => {
    const mine = ++ticket.current
    busyMore.current = false
    try {
      const page = await fetchPage()
      if (!isCurrent(mine)) return null
      cursor.current = page.nextCursor
      return page
    } catch (error) {
      if (!isCurrent(mine)) return null
      throw toCloudError(error)
    }
  }, [fetchPage])

  const showFirst = useCallback((page: P) => showReply(() => setState(readyState<T, P>(page))), [])

  const retry = useCallback(async () => {
    if (!enabled) {
      ticket.current++
      setState(emptyState('idle'))
      return
    }
    setState(emptyState('loading'))
    try {
      const page = await fetchFirst()
      if (page) showFirst(page)
    } catch (error) {
      setState({ ...emptyState<T, P>('error'), error: error as CloudError })
    }
  }, [fetchFirst, enabled, showFirst])

  const refresh = useCallback(async () => {
    if (!enabled) return
    let page: P | null
    try {
      page = await fetchFirst()
    } catch (error) {
      // With rows on screen, keep them: the caller tells the user the refresh failed.
      setState((s) => (s.items.length > 0 ? { ...s, loadingMore: false } : { ...emptyState<T, P>('error'), error: error as CloudError }))
      throw error
    }
    if (page) showFirst(page)
  }, [fetchFirst, enabled, showFirst])

  const loadMore = useCallback(async () => {
    const next = cursor.current
    if (!next || busyMore.current) return
    busyMore.current = true
    const mine = ticket.current
    setState((s) => ({ ...s, loadingMore: true, moreError: null }))
    try {
      const page = await fetchPage(next)
      if (!isCurrent(mine)) return
      cursor.current = page.nextCursor
      showReply(() => setState((s) => ({ ...s, items: appendUnique(s.items, page.items), hasMore: page.nextCursor !== null, loadingMore: false })))
    } catch (error) {
      if (!isCurrent(mine)) return
      setState((s) => ({ ...s, loadingMore: false, moreError: toCloudError(error) }))
    } finally {
      if (mine === ticket.current) busyMore.current = false
    }
  }, [fetchPage])

  const updateItems = useCallback((update: (items: T[]) => T[]) => {
    setState((s) => ({ ...s, items: update(s.items) }))
  }, [])

  useEffect(() => {
    void retry()
  }, [retry])

  return { ...state, retry, refresh, loadMore, updateItems }
}
