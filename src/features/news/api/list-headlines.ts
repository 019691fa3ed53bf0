// listHeadlines: a channel's pinned articles for the home page's headline area, and its hook.
import { useCallback, useState } from 'react'
import type { ArticleSummary } from '@contracts/content/article'
import type { ListHeadlinesResult } from '@contracts/content/actions'
import { callFunction, toCloudError, type CloudError } from '@/lib/cloud'
import { useRequestTicket } from '@/lib/use-request-ticket'
import { firstPageOrKept } from './list-articles'
import { showReply } from '@/lib/show-reply'
import { useLoadEffect } from '@/lib/use-load-effect'
import type { FirstScreen } from './get-home'

/** Calls content.listHeadlines. */
export function listHeadlines(channel?: string): Promise<ListHeadlinesResult> {
  return callFunction('content', 'listHeadlines', channel ? { channel } : {})
}

/** The headline area's data. */
export interface HeadlinesState {
  status: 'loading' | 'ready' | 'error'
  items: ArticleSummary[]
  error: CloudError | null
}

/** Pinned articles of `channel`; `reload` refetches (pull-to-refresh, 重试). */
export function useHeadlines(channel: string, firstScreen?: FirstScreen) {
  const [state, setState] = useState<HeadlinesState>({ status: 'loading', items: [], error: null })
  const ticket = useRequestTicket()

  const reload = useCallback(async () => {
    const mine = ticket.next()
    setState((s) => ({ status: 'loading', items: s.items, error: null }))
    try {
      // Kept for reading offline like a first page (pinned articles are often older than it).
      const { items } = await firstPageOrKept(`headlines/${channel}`, () => (firstScreen?.take('headlines', { channel }) ?? listHeadlines(channel)).then((r) => ({ items: r.items, nextCursor: null })))
      if (ticket.isCurrent(mine)) showReply(() => setState({ status: 'ready', items, error: null }))
    } catch (error) {
      if (ticket.isCurrent(mine)) setState({ status: 'error', items: [], error: toCloudError(error) })
    }
  }, [channel, ticket, firstScreen])

  useLoadEffect(
    useCallback(() => {
      setState({ status: 'loading', items: [], error: null })
      void reload()
    }, [reload]),
    ticket
  )

  return { ...state, reload }
}
