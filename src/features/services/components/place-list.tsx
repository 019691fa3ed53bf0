// The finder's rows: name, 示例, kind and street, address, hours and (after 附近) the distance. In
// street order a heading starts each street; in distance order the nearest comes first.
import { Fragment } from 'react'
import { Text, View } from '@tarojs/components'
import { Tappable } from '@/components/tappable'
import { placeTypeName } from '@contracts/services/catalog'
import type { PlaceSummary } from '@contracts/services/documents'
import { SampleChip } from '@/components/sample-chip'
import { formatDistance } from '../location'
import './place-list.css'

interface PlaceListProps {
  items: PlaceSummary[]
  /** Called with the tapped place; the page shows its details. */
  onSelect: (place: PlaceSummary) => void
  /** Street headings (street order); off when sorted by distance. */
  groupByStreet: boolean
}

/** Place rows, each one tap target that opens the place's details. */
export function PlaceList({ items, onSelect, groupByStreet }: PlaceListProps) {
  return (
    <View className='place-list' data-testid='place-list'>
      {items.map((place, i) => {
        const heading = groupByStreet && (i === 0 || items[i - 1].street !== place.street)
        const distance = place.distance !== undefined ? formatDistance(place.distance) : ''
        return (
          <Fragment key={place.id}>
            {heading ? (
              <Text className='place-list__street ui-text ui-text--title-tight ui-tone--default' role='heading' aria-level='2' data-testid='street-heading'>
                {place.street}街道
              </Text>
            ) : null}
            <Tappable
              className='place-row'
              role='button'
              aria-haspopup='dialog'
              data-testid='place-row'
              data-id={place.id}
              data-type={place.type}
              data-street={place.street}
              data-distance={place.distance ?? ''}
              onClick={() => onSelect(place)}
            >
              <View className='place-row__top'>
                <Text className='place-row__name' data-testid='place-name'>{place.name}</Text>
                {distance ? (
                  <Text className='place-row__distance' data-testid='place-distance'>
                    {distance}
                  </Text>
                ) : null}
              </View>
              <View className='place-row__meta'>
                <Text className='place-row__type' data-testid='place-type'>{placeTypeName(place.type)}</Text>
                <Text className='place-row__street' data-testid='place-street'>{place.street}街道</Text>
                {place.sample ? <SampleChip /> : null}
              </View>
              <Text className='place-row__line'>{place.address}</Text>
              {place.hours ? <Text className='place-row__line place-row__hours'>{place.hours}</Text> : null}
              {place.closedNote ? <Text className='place-row__line place-row__closed' data-testid='place-closed'>{`暂停开放：${place.closedNote}`}</Text> : null}
            </Tappable>
          </Fragment>
        )
      })}
    </View>
  )
}
