// The finder's map, in the mini-program only (Taro's Map is WeChat's native map; H5 shows the list,
// and builds place-map.h5.tsx instead, so the H5 pages never download Taro's web map and hammer.js):
// one marker per loaded place, fitted to the markers (and the user, after 附近); a marker opens the
// same details sheet as a row.
import { Map } from '@tarojs/components'
import type { PlaceSummary } from '@contracts/services/documents'
import type { LatLng } from '../api/list-places'
import './place-map.css'

/** Copied into the subpackage by config/index.ts (weapp), so the main package does not carry it. */
const MARKER_ICON = '/packages/services/assets/marker.png'

/** Futian District's middle (市民中心), where the map opens before any place has loaded. */
export const FUTIAN_CENTRE: LatLng = { latitude: 22.5431, longitude: 114.0579 }

export interface PlaceMapProps {
  items: PlaceSummary[]
  /** The user's position after 附近 (shown as WeChat's own location dot). */
  near: LatLng | null
  onSelect: (place: PlaceSummary) => void
  /** The map failed to load (e.g. no map service): the page goes back to the list. */
  onFail: () => void
}

/** The map; markers are numbered by their index in `items`. */
export function PlaceMap({ items, near, onSelect, onFail }: PlaceMapProps) {
  const markers = items.map((place, i) => ({
    id: i,
    latitude: place.latitude,
    longitude: place.longitude,
    iconPath: MARKER_ICON,
    width: 30,
    height: 40,
    ariaLabel: place.name
  }))
  // After 附近, fit the user and the nearest places; otherwise every marker.
  const fitted = near ? [near, ...items.slice(0, 5)] : items
  const centre = near ?? FUTIAN_CENTRE
  return (
    <Map
      className='place-map'
      data-testid='place-map'
      latitude={centre.latitude}
      longitude={centre.longitude}
      scale={14}
      markers={markers}
      includePoints={fitted.map((p) => ({ latitude: p.latitude, longitude: p.longitude }))}
      showLocation={near !== null}
      onError={onFail}
      onMarkerTap={(e) => {
        const place = items[Number(e.detail.markerId)]
        if (place) onSelect(place)
      }}
    />
  )
}
