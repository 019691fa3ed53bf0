// getArticle: one article for the article page, and its hook.
import { useCallback, useState } from 'react'
import type { GetArticleResult } from '@contracts/content/actions'
import { callFunction, cloudError, toCloudError, type CloudError } from '@/lib/cloud'
import { useRequestTicket } from '@/lib/use-request-ticket'
import { isOffline, offlineStore } from '../offline'
import { showReply } from '@/lib/show-reply'
import { useLoadEffect } from '@/lib/use-load-effect'

/** Calls content.getArticle (`forOffline`: kept ahead for reading offline, not counted as a read). */
export function getArticle(id: string, forOffline = false): Promise<GetArticleResult> {
  return callFunction('content', 'getArticle', forOffline ? { id, forOffline } : { id })
}

/** The article page's data. */
export interface ArticleState {
  status: 'loading' | 'ready' | 'error'
  article: GetArticleResult | null
  error: CloudError | null
  /** Shown from the copy kept on the device (no network): when it was saved, in ms. */
  offlineSavedAt?: number
}

/** Codes meaning "there is no such article" rather than "try again". */
export function isNotFound(error: CloudError | null): boolean {
  return error?.code === 'ARTICLE_NOT_FOUND' || error?.code === 'ARTICLE_WITHDRAWN' || error?.code === 'INVALID_INPUT'
}

/** Loads article `id`; an empty id is reported as not found without a call. */
export function useArticle(id: string) {
  const [state, setState] = useState<ArticleState>({ status: 'loading', article: null, error: null })
  const ticket = useRequestTicket()

  const load = useCallback(async () => {
    const mine = ticket.next()
    if (!id) {
      setState({ status: 'error', article: null, error: cloudError('ARTICLE_NOT_FOUND') })
      return
    }
    setState({ status: 'loading', article: null, error: null })
    try {
      const article = await getArticle(id)
      if (ticket.isCurrent(mine)) showReply(() => setState({ status: 'ready', article, error: null }))
      void offlineStore()?.saveArticle(article).catch(() => undefined)
    } catch (error) {
      const failure = toCloudError(error)
      // No network: the copy kept on the device, if any, instead of an error.
      const kept = isOffline(failure.code) ? await offlineStore()?.readArticle(id).catch(() => null) : null
      if (!ticket.isCurrent(mine)) return
      setState(kept ? { status: 'ready', article: kept.article, error: null, offlineSavedAt: kept.savedAt } : { status: 'error', article: null, error: failure })
    }
  }, [id, ticket])

  useLoadEffect(useCallback(() => void load(), [load]), ticket)

  return { ...state, retry: load }
}
