// One request's life for screens that load a single reply (a service page, the service grid, the
// FAQ list): loading, ready, its failure with 重试, and replies that arrive too late being dropped.
import { useCallback, useState } from 'react'
import { toCloudError, type CloudError } from './cloud'
import { useRequestTicket } from './use-request-ticket'
import { showReply } from './show-reply'
import { useLoadEffect } from './use-load-effect'

/** What a single-reply screen shows. */
export interface LoadState<T> {
  /** 'loading' also while a newer request replaces shown data (see `data`). */
  status: 'loading' | 'ready' | 'error'
  /** The last reply; kept while a newer request runs when `keepPrevious` is set. */
  data: T | null
  error: CloudError | null
}

interface LoadOptions<T> {
  /** The rows on screen stay while the next reply is awaited (a search as you type). */
  keepPrevious?: boolean
}

/** Runs `load` (memoise it: a new function means a new request) and again on `retry`. */
export function useLoad<T>(load: () => Promise<T>, { keepPrevious = false }: LoadOptions<T> = {}) {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading', data: null, error: null })
  const ticket = useRequestTicket()

  const run = useCallback(async () => {
    const mine = ticket.next()
    setState((s) => ({ status: 'loading', data: keepPrevious ? s.data : null, error: null }))
    try {
      const data = await load()
      if (ticket.isCurrent(mine)) showReply(() => setState({ status: 'ready', data, error: null }))
    } catch (error) {
      if (ticket.isCurrent(mine)) setState({ status: 'error', data: null, error: toCloudError(error) })
    }
  }, [ticket, keepPrevious, load])

  useLoadEffect(useCallback(() => void run(), [run]), ticket)

  return { ...state, retry: run }
}
