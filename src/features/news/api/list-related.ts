// listRelated: articles to read next, under an article, and their hook.
import { useCallback, useState } from 'react'
import type { ArticleSummary } from '@contracts/content/article'
import type { ListRelatedResult } from '@contracts/content/actions'
import { callFunction, toCloudError, type CloudError } from '@/lib/cloud'
import { useRequestTicket } from '@/lib/use-request-ticket'
import { showReply } from '@/lib/show-reply'
import { useLoadEffect } from '@/lib/use-load-effect'

/** Calls content.listRelated. */
const RELATED_LIMIT = 5

export function listRelated(id: string, limit = RELATED_LIMIT): Promise<ListRelatedResult> {
  return callFunction('content', 'listRelated', { id, limit })
}

/** The related list's data. */
export interface RelatedState {
  status: 'idle' | 'loading' | 'ready' | 'error'
  items: ArticleSummary[]
  error: CloudError | null
}

/** Related articles of `id`; loads only while `enabled` (after the article itself loaded). */
export function useRelated(id: string, enabled: boolean) {
  const [state, setState] = useState<RelatedState>({ status: 'idle', items: [], error: null })
  const ticket = useRequestTicket()

  const load = useCallback(async () => {
    const mine = ticket.next()
    setState({ status: 'loading', items: [], error: null })
    try {
      const { items } = await listRelated(id)
      if (ticket.isCurrent(mine)) showReply(() => setState({ status: 'ready', items, error: null }))
    } catch (error) {
      if (ticket.isCurrent(mine)) setState({ status: 'error', items: [], error: toCloudError(error) })
    }
  }, [id, ticket])

  useLoadEffect(
    useCallback(() => {
      if (enabled && id) void load()
    }, [load, enabled, id]),
    ticket
  )

  return { ...state, retry: load }
}
