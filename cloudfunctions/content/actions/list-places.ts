// listPlaces: the places finder over every type, filtered by type and street. Without a position,
// by street (STREETS order) then _id; with `near`, nearest first, each with its distance in metres.
// Both page by key-set cursors. The position is used for this one query only: it is never stored,
// never logged, never put in a cursor or an error.
import { appError } from '../../../contracts/errors'
import { streetOrder } from '../../../contracts/services/catalog'
import { listPlacesInput, type ListPlacesResult } from '../../../contracts/services/actions'
import { distanceMetres, type LatLng } from '../../../contracts/services/distance'
import { database } from '../../_shared/cloudbase'
import { defineAction, ok } from '../../_shared/handler'
import { nearPage } from '../near-pages'
import { places, positionOf, toPlaceSummary, type StoredPlace } from '../places-collection'
import { decodePlaceCursor, encodePlaceCursor, type PlacePosition } from '../places-cursor'

/**
 * Metres by which the database's distances and ours may disagree. Both are great-circle distances on
 * MongoDB's sphere (contracts/services/distance.ts), so they differ by rounding only (nanometres); a
 * metre is generous. Rows this close to a page edge are read again and ranked here.
 */
const TOLERANCE_M = 1
/** Rows read past a page's need, so places sharing a building rarely need a second read. */
const SPARE = 4
/** The most rows one read may ask for (CloudBase's cap). */
const MAX_READ = 1000

type Filter = Record<string, string | number>

export const listPlaces = defineAction({
  input: listPlacesInput,
  access: 'public',
  run: async ({ type, street, near, cursor, limit }) => {
    const pos = cursor === undefined ? null : decodePlaceCursor(cursor)
    // A cursor of the other ordering (location shared on one page, not on the next) is stale.
    if (cursor !== undefined && (!pos || pos.by !== (near ? 'distance' : 'street'))) return appError('INVALID_CURSOR')
    // A street filter is its STREETS index, so it runs on the (type?, streetOrder, _id) indexes.
    const filter: Filter = { ...(type ? { type } : {}), ...(street ? { streetOrder: streetOrder(street) } : {}) }
    const result = near ? await nearest(filter, near, pos as DistancePosition | null, limit) : await byStreet(filter, pos as StreetPosition | null, limit)
    return ok(result)
  }
})

type StreetPosition = Extract<PlacePosition, { by: 'street' }>
type DistancePosition = Extract<PlacePosition, { by: 'distance' }>

/** By (streetOrder, _id), strictly after the cursor's pair. */
async function byStreet(filter: Filter, pos: StreetPosition | null, limit: number): Promise<ListPlacesResult> {
  const _ = database().command
  const after = pos && _.or([{ streetOrder: _.gt(pos.streetOrder) }, { streetOrder: pos.streetOrder, _id: _.gt(pos.id) }])
  const res = await places()
    .where(after ? _.and([filter, after] as never) : filter)
    .orderBy('streetOrder', 'asc')
    .orderBy('_id', 'asc')
    .limit(limit + 1)
    .get()
  const rows = res.data as StoredPlace[]
  const page = rows.slice(0, limit)
  const last = page[page.length - 1]
  return {
    items: page.map((p) => toPlaceSummary(p)),
    nextCursor: rows.length > limit ? encodePlaceCursor({ by: 'street', streetOrder: last.streetOrder, id: last._id }) : null
  }
}

/** Nearest first, each with its distance; see near-pages.ts for how ties and page edges are kept exact. */
async function nearest(filter: Filter, near: LatLng, pos: DistancePosition | null, limit: number): Promise<ListPlacesResult> {
  const { items, next } = await nearPage<StoredPlace>({
    limit,
    after: pos,
    read: (minDistance, count) => readNear(filter, near, minDistance, count),
    distanceOf: (place) => distanceMetres(near, positionOf(place)),
    idOf: (place) => place._id,
    tolerance: TOLERANCE_M,
    spare: SPARE,
    maxRead: MAX_READ
  })
  return {
    items: items.map((r) => toPlaceSummary(r.row, r.distance)),
    nextCursor: next ? encodePlaceCursor({ by: 'distance', ...next }) : null
  }
}

/** One `_.geoNear` read. Errors are rethrown without numbers, so a position never reaches a log. */
async function readNear(filter: Filter, near: LatLng, minDistance: number, limit: number): Promise<StoredPlace[]> {
  const db = database()
  const _ = db.command
  try {
    const res = await places()
      .where({ ...filter, location: _.geoNear({ geometry: new db.Geo.Point(near.longitude, near.latitude), minDistance }) })
      .limit(limit)
      .get()
    return res.data as StoredPlace[]
  } catch (err) {
    const e = err as { code?: string; message?: string }
    throw new Error(`places near query failed: ${e?.code ?? ''} ${String(e?.message ?? err).replace(/\d+(\.\d+)?/g, '#')}`)
  }
}
