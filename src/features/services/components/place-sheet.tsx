// A place's details over the finder: name, kind, street, address, hours, what it offers, and what to
// do next: 导航 (WeChat's map, weapp), 复制地址 (to paste into any map app), 拨打电话 when it has a
// phone. A sheet rather than a page: the finder already holds the place, and the list stays put.
import { useEffect } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { Tappable } from '@/components/tappable'
import { placeTypeName } from '@contracts/services/catalog'
import type { PlaceSummary } from '@contracts/services/documents'
import { SampleChip } from '@/components/sample-chip'
import { formatDistance } from '../location'
import { PhoneButton } from './phone-button'
import './place-sheet.css'
import { setClipboardData, showToast } from '@/lib/feedback'

interface PlaceSheetProps {
  place: PlaceSummary
  onClose: () => void
}

function openMap(place: PlaceSummary) {
  Taro.openLocation({ latitude: place.latitude, longitude: place.longitude, name: place.name, address: place.address, scale: 16 }).catch(() =>
    showToast({ title: '无法打开地图，请复制地址后在地图应用中查找', icon: 'none', duration: 2500 })
  )
}

function copyAddress(place: PlaceSummary) {
  setClipboardData({ data: place.address }).catch(() =>
    showToast({ title: '复制失败，请长按地址手动复制', icon: 'none', duration: 2500 })
  )
}

/** The sheet; Escape and the backdrop close it on H5, and focus moves into it when it opens. */
export function PlaceSheet({ place, onClose }: PlaceSheetProps) {
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return
    const opener = document.activeElement as HTMLElement | null
    const timer = setTimeout(() => document.querySelector<HTMLElement>('[data-testid="place-sheet-title"]')?.focus(), 50)
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose()
    }
    document.addEventListener('keydown', onKey)
    return () => {
      clearTimeout(timer)
      document.removeEventListener('keydown', onKey)
      // Back to the row that opened it, so keyboard and screen-reader users keep their place.
      opener?.focus?.()
    }
  }, [place.id, onClose])

  const distance = place.distance !== undefined ? formatDistance(place.distance) : ''

  return (
    <View className='place-sheet' data-testid='place-sheet' catchMove>
      <View className='place-sheet__backdrop' aria-hidden='true' onClick={onClose} />
      <View className='place-sheet__panel' role='dialog' aria-modal='true' aria-label={place.name}>
        <View className='place-sheet__head'>
          <Text className='place-sheet__title' role='heading' aria-level='2' tabIndex={-1} data-testid='place-sheet-title'>
            {place.name}
          </Text>
          <Tappable className='ui-control place-sheet__close' role='button' aria-label='关闭详情' data-testid='place-sheet-close' pressedClass='text-link--pressed' onClick={onClose}>
            <Text>关闭</Text>
          </Tappable>
        </View>

        <View className='place-sheet__body'>
          <View className='place-sheet__tags'>
            <Text className='place-sheet__type' data-testid='place-sheet-type'>{placeTypeName(place.type)}</Text>
            <Text className='place-sheet__street' data-testid='place-sheet-street'>{place.street}街道</Text>
            {distance ? <Text className='place-sheet__distance'>距您 {distance}</Text> : null}
            {place.sample ? <SampleChip /> : null}
          </View>
          {place.sample ? <Text className='place-sheet__note ui-text ui-text--meta ui-tone--warning'>示例数据，仅供演示，并非真实地点。</Text> : null}

          <View className='place-sheet__row'>
            <Text className='place-sheet__label'>地址</Text>
            <Text className='place-sheet__value' data-testid='place-sheet-address' userSelect>{place.address}</Text>
          </View>
          {place.closedNote ? (
            <View className='place-sheet__row'>
              <Text className='place-sheet__label'>暂停开放</Text>
              <Text className='place-sheet__value place-row__closed' data-testid='place-sheet-closed'>{place.closedNote}</Text>
            </View>
          ) : null}
          <View className='place-sheet__row'>
            <Text className='place-sheet__label'>开放时间</Text>
            <Text className='place-sheet__value' data-testid='place-sheet-hours'>{place.hours || '暂无开放时间信息'}</Text>
          </View>
          {place.phone ? (
            <View className='place-sheet__row'>
              <Text className='place-sheet__label'>电话</Text>
              <Text className='place-sheet__value' userSelect>{place.phone}</Text>
            </View>
          ) : null}
          {place.offers.length > 0 ? (
            <View className='place-sheet__row'>
              <Text className='place-sheet__label'>提供</Text>
              <View className='place-sheet__offers' role='list' data-testid='place-sheet-offers'>
                {place.offers.map((offer) => (
                  <Text key={offer} className='place-sheet__offer' role='listitem'>{offer}</Text>
                ))}
              </View>
            </View>
          ) : null}
        </View>

        <View className='place-sheet__actions'>
          {process.env.TARO_ENV === 'weapp' ? (
            <Button className='ui-control ui-button ui-button--secondary place-sheet__action place-sheet__action--primary' data-testid='navigate-button' onClick={() => openMap(place)}>
              导航
            </Button>
          ) : null}
          <Button className='ui-control ui-button ui-button--secondary place-sheet__action' role='button' tabIndex={0} data-testid='copy-address' onClick={() => copyAddress(place)}>
            复制地址
          </Button>
          {place.phone ? <PhoneButton phone={place.phone} label={place.name} text='拨打电话' testId='place-call' /> : null}
        </View>
      </View>
    </View>
  )
}
