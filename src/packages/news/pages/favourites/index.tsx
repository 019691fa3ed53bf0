// 我的收藏 (news subpackage): the caller's favourites, newest first, each removable. Refreshed
// whenever the page shows again (an article page may have changed them).
import { useRef } from 'react'
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Tappable } from '@/components/tappable'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { LoadingState } from '@/components/loading-state'
import { ListFooter } from '@/components/list-footer'
import { FavouriteList } from '@/features/news/components/favourite-list'
import { useFavouriteList } from '@/features/news/hooks/use-favourite-list'
import { toCloudError } from '@/lib/cloud'
import { HOME_PATH, articlePath } from '@/lib/routes'
import { useReadingSettings } from '@/lib/use-reading-settings'
import './index.css'
import { showToast } from '@/lib/feedback'

export default function FavouritesPage() {
  const reading = useReadingSettings()
  const list = useFavouriteList()
  const shown = useRef(false)

  useDidShow(() => {
    // The first show is the first load; later ones come back from an article.
    if (shown.current) list.refresh().catch(() => undefined)
    shown.current = true
  })

  usePullDownRefresh(() => {
    list
      .refresh()
      .catch((error) => showToast({ title: toCloudError(error).message, icon: 'none', duration: 2500 }))
      .finally(() => Taro.stopPullDownRefresh())
  })

  useReachBottom(() => {
    if (list.status === 'ready' && list.hasMore && !list.moreError) void list.loadMore()
  })

  const open = (id: string) => {
    void Taro.navigateTo({ url: articlePath(id) })
  }

  return (
    <View className={`page favourites ${reading.rootClassName}`} style={reading.rootStyle} role='main'>
      {list.status === 'loading' ? <LoadingState rows={3} /> : null}

      {list.status === 'error' && list.error ? <ErrorState message={list.error.message} onRetry={() => void list.retry()} /> : null}

      {list.status === 'ready' && list.items.length === 0 ? (
        <EmptyState message='还没有收藏文章'>
          <Tappable className='text-link' onClick={() => void Taro.switchTab({ url: HOME_PATH })}>
            <Text>去首页看看</Text>
          </Tappable>
        </EmptyState>
      ) : null}

      {list.status === 'ready' && list.items.length > 0 ? (
        <View className='favourites__list' data-testid='favourites'>
          <Text className='favourites__count ui-text ui-text--meta ui-tone--secondary'>共 {list.items.length}{list.hasMore ? '+' : ''} 篇</Text>
          <FavouriteList items={list.items} onSelect={open} onRemove={(id) => void list.remove(id)} />
          <ListFooter loadingMore={list.loadingMore} moreError={list.moreError} hasMore={list.hasMore} onMore={() => void list.loadMore()} />
        </View>
      ) : null}
    </View>
  )
}
