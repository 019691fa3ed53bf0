// 找阵地 (services subpackage): the union's places filtered by type and street, in street order,
// or, after the user taps 附近 and allows it, by distance from where they stand. The position stays in
// this page's state for its queries and goes nowhere else. In WeChat a 地图 view shows the same places.
import { useCallback, useEffect, useState } from 'react'
import Taro, { usePullDownRefresh, useReachBottom, useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { PLACE_TYPES, STREETS, type PlaceType, type Street } from '@contracts/services/catalog'
import type { PlaceSummary } from '@contracts/services/documents'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { LoadingState } from '@/components/loading-state'
import { ListFooter } from '@/components/list-footer'
import { usePlaces } from '@/features/services/api/list-places'
import { PlaceFilters } from '@/features/services/components/place-filters'
import { PlaceList } from '@/features/services/components/place-list'
import { PlaceMap } from '@/features/services/components/place-map'
import { PlaceSheet } from '@/features/services/components/place-sheet'
import { useNearby } from '@/features/services/hooks/use-nearby'
import { toCloudError } from '@/lib/cloud'
import { readParam } from '@/lib/routes'
import { useReadingSettings } from '@/lib/use-reading-settings'
import './index.css'
import { showToast } from '@/lib/feedback'

/** Markers loaded for the map before asking the user to narrow the filters. */
const MAP_MARKER_CAP = 200
/** The map is WeChat's native component; H5 shows the list only. */
const HAS_MAP = process.env.TARO_ENV === 'weapp'

function typeParam(value: string): PlaceType | '' {
  return PLACE_TYPES.some((t) => t.id === value) ? (value as PlaceType) : ''
}

function streetParam(value: string): Street | '' {
  return (STREETS as readonly string[]).includes(value) ? (value as Street) : ''
}

export default function PlacesPage() {
  const router = useRouter()
  const reading = useReadingSettings()
  const [type, setType] = useState<PlaceType | ''>(() => typeParam(readParam(router.params.type)))
  const [street, setStreet] = useState<Street | ''>(() => streetParam(readParam(router.params.street)))
  const nearby = useNearby()
  const places = usePlaces({ type, street, near: nearby.near })
  const [view, setView] = useState<'list' | 'map'>('list')
  const [selected, setSelected] = useState<PlaceSummary | null>(null)
  const closeSheet = useCallback(() => setSelected(null), [])
  const byDistance = nearby.near !== null

  // A new order: start reading from the top.
  useEffect(() => {
    if (nearby.status === 'on') void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
  }, [nearby.status])

  // The map shows what is loaded: load on, page by page, up to the cap.
  const { status, hasMore, loadingMore, moreError, items, loadMore } = places
  useEffect(() => {
    if (HAS_MAP && view === 'map' && status === 'ready' && hasMore && !loadingMore && !moreError && items.length < MAP_MARKER_CAP) {
      void loadMore()
    }
  }, [view, status, hasMore, loadingMore, moreError, items.length, loadMore])

  usePullDownRefresh(() => {
    places
      .refresh()
      .catch((error) => showToast({ title: toCloudError(error).message, icon: 'none', duration: 2500 }))
      .finally(() => Taro.stopPullDownRefresh())
  })

  useReachBottom(() => {
    if (view === 'list' && status === 'ready' && hasMore && !moreError) void loadMore()
  })

  const toggleNearby = () => {
    if (nearby.status === 'locating') return
    if (nearby.status === 'on') nearby.clear()
    else void nearby.locate()
  }

  const mapFailed = () => {
    setView('list')
    void showToast({ title: '地图暂时无法显示，已切换为列表', icon: 'none', duration: 2500 })
  }

  const clearFilters = () => {
    setType('')
    setStreet('')
  }

  const nearbyLabel = nearby.status === 'locating' ? '正在定位…' : '附近'
  const sortText =
    nearby.status === 'on'
      ? '已按离您的距离排序，最近的在前。再点“附近”可改回按街道排序。'
      : nearby.status === 'locating'
        ? '正在获取您的位置…'
        : '按街道排序。点“附近”可按离您的距离排序。'

  return (
    <View className={`page finder ${reading.rootClassName}`} style={reading.rootStyle} role='main'>
      <Text className='visually-hidden' role='heading' aria-level='1'>找阵地</Text>
      <PlaceFilters type={type} street={street} onType={setType} onStreet={setStreet} />

      <View className='finder__bar'>
        <Button
          className={`ui-control finder__nearby${byDistance ? ' finder__nearby--on' : ''}`}
          role='button' tabIndex={0}
          aria-pressed={byDistance ? 'true' : 'false'}
          aria-label={byDistance ? '附近：已按距离排序，点按改回按街道排序' : '附近：按离我的距离排序'}
          data-testid='nearby-button'
          data-status={nearby.status}
          onClick={toggleNearby}
        >
          <View className='finder__pin' aria-hidden='true' />
          <Text>{nearbyLabel}</Text>
        </Button>
        {HAS_MAP ? (
          <View className='finder__views' role='radiogroup' aria-label='显示方式'>
            {(['list', 'map'] as const).map((v) => (
              <View
                key={v}
                className={`ui-control finder__view${view === v ? ' finder__view--on' : ''}`}
                role='radio' tabIndex={0}
                aria-checked={view === v ? 'true' : 'false'}
                data-testid={`view-${v}`}
                onClick={() => setView(v)}
              >
                <Text>{v === 'list' ? '列表' : '地图'}</Text>
              </View>
            ))}
          </View>
        ) : null}
      </View>

      <View className='finder__status' role='status' aria-live='polite' data-testid='sort-status'>
        {nearby.status === 'failed' && nearby.failure ? (
          <View className='finder__warning' data-testid='location-error'>
            <Text className='finder__warning-text'>{nearby.failure.message}</Text>
            {HAS_MAP && nearby.failure.kind === 'denied' ? (
              <Button className='outline-button finder__settings' onClick={() => void Taro.openSetting().catch(() => undefined)}>
                去设置
              </Button>
            ) : null}
          </View>
        ) : (
          <Text className='finder__sort ui-text ui-text--note ui-tone--secondary'>{sortText}</Text>
        )}
        {nearby.status === 'off' || nearby.status === 'locating' ? (
          <Text className='finder__privacy ui-text ui-text--note ui-tone--secondary'>您的位置只用于这次查找，不会保存。</Text>
        ) : null}
      </View>

      {status === 'loading' ? <LoadingState rows={3} label='正在查找阵地…' /> : null}

      {status === 'error' && places.error ? <ErrorState message={places.error.message} onRetry={() => void places.retry()} /> : null}

      {status === 'ready' && items.length === 0 ? (
        <EmptyState message='没有找到符合条件的阵地'>
          {type || street ? (
            <Button className='outline-button' role='button' tabIndex={0} data-testid='clear-filters' onClick={clearFilters}>
              清除筛选
            </Button>
          ) : null}
        </EmptyState>
      ) : null}

      {status === 'ready' && items.length > 0 && view === 'map' && HAS_MAP ? (
        <View className='finder__map'>
          <PlaceMap items={items} near={nearby.near} onSelect={setSelected} onFail={mapFailed} />
          <Text className='finder__map-note ui-text ui-text--note ui-tone--secondary'>
            {hasMore && items.length >= MAP_MARKER_CAP
              ? `地图上显示前 ${items.length} 处，可用类型和街道缩小范围。`
              : `地图上显示 ${items.length} 处${loadingMore ? '，正在加载更多…' : ''}。点标记查看详情。`}
          </Text>
        </View>
      ) : null}

      {status === 'ready' && items.length > 0 && view === 'list' ? (
        <View className='finder__list' data-testid='places'>
          <PlaceList items={items} onSelect={setSelected} groupByStreet={!byDistance} />
          <ListFooter loadingMore={loadingMore} moreError={moreError} hasMore={hasMore} onMore={() => void loadMore()} />
        </View>
      ) : null}

      {selected ? <PlaceSheet place={selected} onClose={closeSheet} /> : null}
    </View>
  )
}
