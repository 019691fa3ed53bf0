// listPlaces: a page of the union's places for the finder, filtered by type and street, sorted by
// street or (given the user's position for this query) by distance; and the finder's hook.
import { useCallback } from 'react'
import type { ListPlacesInput, ListPlacesResult } from '@contracts/services/actions'
import type { PlaceType, Street } from '@contracts/services/catalog'
import type { PlaceSummary } from '@contracts/services/documents'
import { callFunction } from '@/lib/cloud'
import { useCursorPages } from '@/lib/use-cursor-pages'

/** Rows asked per page: two screens of places, one setData. */
export const PLACES_PAGE_SIZE = 20

/** A point on the map (GCJ-02, as WeChat's map and getLocation use). */
export interface LatLng {
  latitude: number
  longitude: number
}

/** What the finder asks for; empty strings mean 全部. */
export interface PlacesQuery {
  type: PlaceType | ''
  street: Street | ''
  /** The user's position, only after they tapped 附近; sent with this query and kept nowhere. */
  near: LatLng | null
}

/** Calls content.listPlaces. */
export function listPlaces(input: ListPlacesInput): Promise<ListPlacesResult> {
  return callFunction('content', 'listPlaces', input)
}

/** The finder's list with `retry`, `refresh` and `loadMore` (see useCursorPages). */
export function usePlaces({ type, street, near }: PlacesQuery, pageSize = PLACES_PAGE_SIZE) {
  const latitude = near?.latitude
  const longitude = near?.longitude
  const fetchPage = useCallback(
    (cursor?: string) =>
      listPlaces({
        limit: pageSize,
        ...(type ? { type } : {}),
        ...(street ? { street } : {}),
        ...(latitude !== undefined && longitude !== undefined ? { near: { latitude, longitude } } : {}),
        ...(cursor ? { cursor } : {})
      }),
    [type, street, latitude, longitude, pageSize]
  )
  return useCursorPages<PlaceSummary, ListPlacesResult>(fetchPage)
}
