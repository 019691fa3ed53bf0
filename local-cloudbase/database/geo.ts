// `$nearSphere` (what `_.geoNear` sends) over GeoJSON points: distances on MongoDB's sphere,
// documents sorted nearest first, `$minDistance` / `$maxDistance` in metres. MongoDB requires a
// 2dsphere index on the field, and so do we, so a missing declaration fails here as in production.
// https://www.mongodb.com/docs/manual/reference/operator/query/nearSphere/
import { QueryError, type Filter } from './query'
import type { Doc } from './store'

/** MongoDB's earth radius for spherical geometry (kRadiusOfEarthInMeters). */
export const EARTH_RADIUS_M = 6378.1 * 1000

/** A parsed `$nearSphere` condition. */
export interface NearCondition {
  path: string
  longitude: number
  latitude: number
  min: number
  max: number
}

/** Splits a `$nearSphere` condition out of a filter; null when there is none. */
export function extractNear(filter: Filter, geoFields: ReadonlySet<string>): { near: NearCondition; rest: Filter } | null {
  for (const [path, cond] of Object.entries(filter)) {
    if (!cond || typeof cond !== 'object' || !('$nearSphere' in (cond as object))) continue
    if (!geoFields.has(path)) throw new QueryError(`$nearSphere requires a 2dsphere index on ${path}`)
    const spec = (cond as { $nearSphere: Record<string, unknown> }).$nearSphere
    const geometry = spec.$geometry as { type?: string; coordinates?: unknown[] } | undefined
    const [longitude, latitude] = (geometry?.coordinates ?? []) as number[]
    if (geometry?.type !== 'Point' || !isLongitude(longitude) || !isLatitude(latitude)) throw new QueryError('$nearSphere needs a GeoJSON Point')
    const min = spec.$minDistance === undefined ? 0 : Number(spec.$minDistance)
    const max = spec.$maxDistance === undefined ? Infinity : Number(spec.$maxDistance)
    if (!(min >= 0) || !(max >= 0)) throw new QueryError('$minDistance and $maxDistance must be non-negative numbers')
    const { [path]: _removed, ...rest } = filter
    return { near: { path, longitude, latitude, min, max }, rest }
  }
  return null
}

/** Great-circle distance in metres between two [longitude, latitude] points. */
export function sphereDistance(lng1: number, lat1: number, lng2: number, lat2: number): number {
  const rad = Math.PI / 180
  const dLat = (lat2 - lat1) * rad
  const dLng = (lng2 - lng1) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** The documents within the condition's ring, nearest first (ties by `_id`). */
export function sortByDistance(docs: readonly Doc[], near: NearCondition): Doc[] {
  const withDistance: { doc: Doc; d: number }[] = []
  const keys = near.path.split('.')
  const rad = Math.PI / 180
  const lat1 = near.latitude * rad
  const cosLat1 = Math.cos(lat1)
  for (const doc of docs) {
    let point: unknown = doc
    for (const k of keys) point = point && typeof point === 'object' ? (point as Record<string, unknown>)[k] : undefined
    const coords = (point as { type?: string; coordinates?: number[] } | undefined)?.coordinates
    if ((point as { type?: string } | undefined)?.type !== 'Point' || !Array.isArray(coords)) continue
    // sphereDistance inlined with the query point's terms hoisted: this loop runs over every document.
    const lat2 = coords[1] * rad
    const h = Math.sin((lat2 - lat1) / 2) ** 2 + cosLat1 * Math.cos(lat2) * Math.sin(((coords[0] - near.longitude) * rad) / 2) ** 2
    const d = 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
    if (d >= near.min && d <= near.max) withDistance.push({ doc, d })
  }
  withDistance.sort((a, b) => a.d - b.d || (String(a.doc._id) < String(b.doc._id) ? -1 : String(a.doc._id) > String(b.doc._id) ? 1 : 0))
  return withDistance.map((x) => x.doc)
}

const isLongitude = (v: unknown): v is number => typeof v === 'number' && v >= -180 && v <= 180
const isLatitude = (v: unknown): v is number => typeof v === 'number' && v >= -90 && v <= 90
