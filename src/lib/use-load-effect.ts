// The effect of every load hook: load now, and again whenever `load` changes (a new id, channel or
// year), and drop replies once the screen is gone or asks for something else.
import { useEffect } from 'react'
import type { RequestTicket } from './use-request-ticket'

export function useLoadEffect(load: () => void, ticket: RequestTicket): void {
  useEffect(() => {
    load()
    return () => {
      ticket.invalidate()
    }
  }, [load, ticket])
}
