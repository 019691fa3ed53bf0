// 附近 for the finder: the position asked for on a tap, held in this component's state only (never
// written to storage, never sent anywhere but the listPlaces query), and what went wrong if it failed.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { LatLng } from '../api/list-places'
import { locateOnce, type LocationFailure } from '../location'

/** 'off': sorted by street; 'locating': asking; 'on': sorted by distance from `near`; 'failed': see `failure`. */
export interface NearbyState {
  status: 'off' | 'locating' | 'on' | 'failed'
  near: LatLng | null
  failure: LocationFailure | null
}

/** The 附近 state with `locate` (call from a tap) and `clear` (back to street order). */
export function useNearby() {
  const [state, setState] = useState<NearbyState>({ status: 'off', near: null, failure: null })
  const ticket = useRef(0)
  const busy = useRef(false)

  useEffect(
    () => () => {
      // The page is gone: a late fix must not land anywhere.
      ticket.current++
    },
    []
  )

  const locate = useCallback(async () => {
    if (busy.current) return
    busy.current = true
    const mine = ++ticket.current
    // The list keeps its current order (and any earlier position) while the new fix is awaited.
    setState((s) => ({ ...s, status: 'locating', failure: null }))
    try {
      const near = await locateOnce()
      if (mine === ticket.current) setState({ status: 'on', near, failure: null })
    } catch (error) {
      // Refused or failed: the street-sorted list stays, with the reason beside it.
      if (mine === ticket.current) setState({ status: 'failed', near: null, failure: error as LocationFailure })
    } finally {
      busy.current = false
    }
  }, [])

  const clear = useCallback(() => {
    ticket.current++
    busy.current = false
    setState({ status: 'off', near: null, failure: null })
  }, [])

  return { ...state, locate, clear }
}
