// H5 has no map (the places page shows the list there), so the H5 build takes this file in place of
// place-map.tsx: importing Taro's Map put its web map and hammer.js (145 KB of code) into the code
// every H5 page shares.
import type { PlaceMapProps } from './place-map'

export function PlaceMap(_props: PlaceMapProps): null {
  return null
}
