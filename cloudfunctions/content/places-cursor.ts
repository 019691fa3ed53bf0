// Cursors of the places finder, opaque to the app. Without a position the list runs in
// (streetOrder, _id) order and the cursor is the last row's pair; with one it runs nearest first
// and the cursor is the last row's (distance, _id), the distance unrounded as the function computed
// it. Neither holds the user's position: the app sends `near` again with each page.
import { STREETS } from '../../contracts/services/catalog'
import { EARTH_RADIUS_M } from '../../contracts/services/distance'

/** Where the next page starts. */
export type PlacePosition = { by: 'street'; streetOrder: number; id: string } | { by: 'distance'; distance: number; id: string }

/** Longest _id a cursor may carry (CloudBase's are 32 characters; the seed's are shorter). */
const MAX_ID = 64
/** No two points on the sphere are farther apart than half its circumference. */
const MAX_DISTANCE = Math.PI * EARTH_RADIUS_M

/** Encodes a position as a URL-safe string. */
export function encodePlaceCursor(pos: PlacePosition): string {
  const value = pos.by === 'street' ? ['s', pos.streetOrder, pos.id] : ['d', pos.distance, pos.id]
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url')
}

/** Decodes a cursor; null when it was not made by `encodePlaceCursor`. */
export function decodePlaceCursor(cursor: string): PlacePosition | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (!Array.isArray(value) || value.length !== 3) return null
    const [kind, key, id] = value
    if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID || typeof key !== 'number' || !Number.isFinite(key)) return null
    if (kind === 's' && Number.isInteger(key) && key >= 0 && key <= STREETS.length) return { by: 'street', streetOrder: key, id }
    if (kind === 'd' && key >= 0 && key <= MAX_DISTANCE) return { by: 'distance', distance: key, id }
    return null
  } catch {
    return null
  }
}
