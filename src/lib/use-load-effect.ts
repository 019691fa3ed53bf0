// The effect of every load hook: load now, and again whenever `load` changes (a new id, channel or
// year), and drop replies once the screen is gone or asks for something else. The first run is
// skipped when the first reply was already drawn in the first render (H5: arrivedResult).
import { useEffect, useRef } from 'react'
import type { RequestTicket } from './use-request-ticket'

export function useLoadEffect(load: () => void, ticket: RequestTicket, firstAlreadyShown: boolean): void {
  const skipFirst = useRef(firstAlreadyShown)
  useEffect(() => {
    if (skipFirst.current) skipFirst.current = false
    else load()
    return () => {
      ticket.invalidate()
    }
  }, [load, ticket])
}
