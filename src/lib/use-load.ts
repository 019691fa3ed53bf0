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
  /**
   * The rows on screen stay while the next reply is awaited (a search as you type). A string names
   * what the rows answer (a list's view): they stay only while the next request is for the same,
   * and another shows loading, never the last one's rows under its own choice.
   */
  keepPrevious?: boolean | string
}

/** Runs `load` (memoise it: a new function means a new request) and again on `retry`. */
export function useLoad<T>(load: () => Promise<T>, { keepPrevious = false }: LoadOptions<T> = {}) {
  // `answers`: the keepPrevious name the data was loaded under.
  const [state, setState] = useState<LoadState<T> & { answers?: boolean | string }>({ status: 'loading', data: null, error: null })
  const ticket = useRequestTicket()

  const run = useCallback(async () => {
    const mine = ticket.next()
    const keep = (s: { answers?: boolean | string }) => keepPrevious === true || (typeof keepPrevious === 'string' && s.answers === keepPrevious)
    setState((s) => ({ status: 'loading', data: keep(s) ? s.data : null, error: null, answers: keepPrevious }))
    try {
      const data = await load()
      if (ticket.isCurrent(mine)) showReply(() => setState({ status: 'ready', data, error: null, answers: keepPrevious }))
    } catch (error) {
      if (ticket.isCurrent(mine)) setState({ status: 'error', data: null, error: toCloudError(error), answers: keepPrevious })
    }
  }, [ticket, keepPrevious, load])

  useLoadEffect(useCallback(() => void run(), [run]), ticket)

  const { answers: _answers, ...shown } = state
  return { ...shown, retry: run }
}
