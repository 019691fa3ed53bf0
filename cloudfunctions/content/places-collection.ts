// The `places` collection: the union's places of every type, each with a GeoJSON point.
import type { LatLng } from '../../contracts/services/distance'
import type { PlaceDoc, PlaceSummary } from '../../contracts/services/documents'
import { database } from '../_shared/cloudbase'

export const PLACES = 'places'

/** The collection handle. */
export function places() {
  return database().collection(PLACES)
}

/**
 * A place as the SDK hands it back: the SDK turns a stored GeoJSON point into a `db.Geo.Point`
 * (`longitude`, `latitude`); the raw GeoJSON shape is accepted too.
 */
export type StoredPlace = Omit<PlaceDoc, 'location'> & { location: { longitude: number; latitude: number } | PlaceDoc['location'] }

/** The position of a stored place. */
export function positionOf(place: StoredPlace): LatLng {
  const loc = place.location
  if ('coordinates' in loc) return { longitude: loc.coordinates[0], latitude: loc.coordinates[1] }
  return { longitude: loc.longitude, latitude: loc.latitude }
}

/** A stored place as the finder lists it; `distance` in whole metres when a position was given. */
export function toPlaceSummary(place: StoredPlace, distance?: number): PlaceSummary {
  const { latitude, longitude } = positionOf(place)
  return {
    id: place._id,
    name: place.name,
    type: place.type,
    street: place.street,
    address: place.address,
    latitude,
    longitude,
    hours: place.hours,
    offers: place.offers ?? [],
    ...(place.phone ? { phone: place.phone } : {}),
    ...(place.closedNote ? { closedNote: place.closedNote } : {}),
    sample: place.sample === true,
    ...(distance === undefined ? {} : { distance: Math.round(distance) })
  }
}
