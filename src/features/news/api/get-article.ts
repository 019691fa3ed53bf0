// getArticle: one article for the article page, and its hook.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { GetArticleResult } from '@contracts/content/actions'
import { callFunction, cloudError, toCloudError, type CloudError } from '@/lib/cloud'

/** Calls content.getArticle. */
export function getArticle(id: string): Promise<GetArticleResult> {
  return callFunction('content', 'getArticle', { id })
}

/** The article page's data. */
export interface ArticleState {
  status: 'loading' | 'ready' | 'error'
  article: GetArticleResult | null
  error: CloudError | null
}

/** Codes meaning "there is no such article" rather than "try again". */
export function isNotFound(error: CloudError | null): boolean {
  return error?.code === 'ARTICLE_NOT_FOUND' || error?.code === 'ARTICLE_WITHDRAWN' || error?.code === 'INVALID_INPUT'
}

/** Loads article `id`; an empty id is reported as not found without a call. */
export function useArticle(id: string) {
  const [state, setState] = useState<ArticleState>({ status: 'loading', article: null, error: null })
  const ticket = useRef(0)

  const load = useCallback(async () => {
    const mine = ++ticket.current
    if (!id) {
      setState({ status: 'error', article: null, error: cloudError('ARTICLE_NOT_FOUND') })
      return
    }
    setState({ status: 'loading', article: null, error: null })
    try {
      const article = await getArticle(id)
      if (mine === ticket.current) setState({ status: 'ready', article, error: null })
    } catch (error) {
      if (mine === ticket.current) setState({ status: 'error', article: null, error: toCloudError(error) })
    }
  }, [id])

  useEffect(() => {
    void load()
    return () => {
      // Drops replies that arrive after the page is gone or the id changed.
      ticket.current++
    }
  }, [load])

  return { ...state, retry: load }
}
