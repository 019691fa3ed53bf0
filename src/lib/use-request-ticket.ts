// Which request may still change the screen: each new request takes the next ticket, and only the
// holder of the latest one may set state. Leaving (unmount, or asking for something else) voids
// the ticket in hand, so replies that arrive late are dropped.
import { useRef } from 'react'

/** A stable ticket counter for one screen's requests. */
export interface RequestTicket {
  /** Starts a request: its ticket. */
  next: () => number
  /** Whether `mine` is still the latest ticket. */
  isCurrent: (mine: number) => boolean
  /** Voids every ticket handed out so far. */
  invalidate: () => void
}

export function useRequestTicket(): RequestTicket {
  const ref = useRef<RequestTicket | null>(null)
  if (!ref.current) {
    let latest = 0
    ref.current = { next: () => ++latest, isCurrent: (mine) => mine === latest, invalidate: () => void latest++ }
  }
  return ref.current
}
