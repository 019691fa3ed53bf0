// Great-circle distance between two points, as the places finder reports it. The same sphere as
// MongoDB's `$nearSphere` (what `_.geoNear` sends; CloudBase's database is MongoDB-compatible), so
// the distances the function computes order rows the way the database does and a page cursor's
// distance can be handed back as `minDistance`. Pure TypeScript: the app may use it too.
// https://www.mongodb.com/docs/manual/reference/operator/query/nearSphere/

/** MongoDB's earth radius for spherical geometry, in metres (kRadiusOfEarthInMeters). */
export const EARTH_RADIUS_M = 6378.1 * 1000

/** A position in degrees (WGS 84, as WeChat's getLocation gives with type 'wgs84'). */
export interface LatLng {
  latitude: number
  longitude: number
}

/** Metres along the sphere from `from` to `to` (haversine), not rounded. */
export function distanceMetres(from: LatLng, to: LatLng): number {
  const rad = Math.PI / 180
  const dLat = (to.latitude - from.latitude) * rad
  const dLng = (to.longitude - from.longitude) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(from.latitude * rad) * Math.cos(to.latitude * rad) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}
