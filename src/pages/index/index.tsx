// Home tab: the union's news. Header with the search entry, channel tabs, the channel's pinned
// headlines, then its feed (infinite scroll, pull-to-refresh; a 刷新 button on H5).
import { useEffect, useState } from 'react'
import Taro, { useReachBottom } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Tappable } from '@/components/tappable'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { InlineError } from '@/components/inline-error'
import { PageHeader } from '@/components/page-header'
import { LoadingState } from '@/components/loading-state'
import { useArticles } from '@/features/news/api/list-articles'
import { FALLBACK_CHANNELS, useChannels } from '@/features/news/api/list-channels'
import { useHeadlines } from '@/features/news/api/list-headlines'
import { useFirstScreen } from '@/features/news/api/get-home'
import { ArticleList } from '@/features/news/components/article-list'
import { ChannelTabs } from '@/features/news/components/channel-tabs'
import { HeadlineList } from '@/features/news/components/headline-list'
import { TabBar } from '@/components/tab-bar'
import { ListFooter } from '@/components/list-footer'
import { OfflineBanner } from '@/features/news/components/offline-banner'
import { toCloudError } from '@/lib/cloud'
import { articlePath, searchPath } from '@/lib/routes'
import { useReadingSettings } from '@/lib/use-reading-settings'
import { usePullToReload } from '@/lib/use-reload'
import './index.css'
import { showToast } from '@/lib/feedback'

export default function HomePage() {
  const reading = useReadingSettings()
  // Channels, headlines and the first page come in one call as the page opens.
  const firstScreen = useFirstScreen()
  const { channels } = useChannels(firstScreen)
  const [channel, setChannel] = useState(FALLBACK_CHANNELS[0])
  const feed = useArticles(channel, firstScreen)
  const headlines = useHeadlines(channel, firstScreen)
  const [refreshing, setRefreshing] = useState(false)
  // No network: the feed is the first page kept on the device.
  const offlineSavedAt = feed.status === 'ready' ? feed.first?.offlineSavedAt : undefined

  // The server's list may not hold the channel shown first (e.g. an empty database): follow it.
  useEffect(() => {
    if (channels.length > 0 && !channels.includes(channel)) setChannel(channels[0])
  }, [channels, channel])

  const refresh = async () => {
    setRefreshing(true)
    try {
      await Promise.all([feed.refresh(), headlines.reload()])
    } catch (error) {
      void showToast({ title: toCloudError(error).message, icon: 'none', duration: 2500 })
    } finally {
      setRefreshing(false)
    }
  }

  const retryAll = () => {
    void feed.retry()
    if (headlines.status === 'error') void headlines.reload()
  }

  usePullToReload(refresh)

  useReachBottom(() => {
    if (feed.status === 'ready' && feed.hasMore && !feed.moreError) void feed.loadMore()
  })

  // Headlines and the feed appear together, in place of one skeleton: a feed shown below the
  // skeleton, or headlines arriving after it, would move it on screen (layout shift on a phone).
  const settling = feed.status === 'loading' || headlines.status === 'loading'
  const feedShown = !settling && feed.status === 'ready'

  const open = (id: string) => {
    void Taro.navigateTo({ url: articlePath(id) })
  }

  return (
    <View className={`page home ${reading.rootClassName}`} style={reading.rootStyle} role='main'>
      <PageHeader size='tab' title='福田区总工会' subtitle='工会资讯 · 服务职工'>
        <Tappable
          className='home__search'
          role='button'
          aria-label='搜索工会资讯'
          data-testid='search-entry'
          onClick={() => void Taro.navigateTo({ url: searchPath() })}
        >
          <View className='home__search-icon' aria-hidden='true'>
            <View className='home__search-lens' />
            <View className='home__search-handle' />
          </View>
          <Text className='home__search-text'>搜索工会资讯</Text>
        </Tappable>
      </PageHeader>

      <ChannelTabs channels={channels} current={channel} onChange={setChannel} />

      {/* When the feed fails too, its own error (whose 重试 reloads both) says it once. */}
      {headlines.status === 'error' && headlines.error && feed.status !== 'error' && !offlineSavedAt ? (
        <InlineError message='头条暂时无法加载' onRetry={() => void headlines.reload()} testId='headlines-error' />
      ) : null}
      {settling ? <LoadingState rows={4} /> : <HeadlineList items={headlines.items} onSelect={open} />}

      <View className={`home__section-header${settling ? ' home__section-header--settling' : ''}`}>
        <Text className='home__section-title' role='heading' aria-level='2'>{channel}</Text>
        {process.env.TARO_ENV === 'h5' ? (
          <Tappable
            className='text-link'
            role='button'
            aria-label={`刷新${channel}`}
            data-testid='refresh'
            onClick={() => void refresh()}
          >
            <Text>{refreshing ? '正在刷新…' : '刷新'}</Text>
          </Tappable>
        ) : null}
      </View>

      {!settling && offlineSavedAt ? <OfflineBanner savedAt={offlineSavedAt} /> : null}

      {!settling && feed.status === 'error' && feed.error ? (
        <ErrorState message={feed.error.message} onRetry={retryAll} />
      ) : null}

      {feedShown && feed.items.length === 0 ? <EmptyState message='该栏目暂无内容' /> : null}

      {feedShown && feed.items.length > 0 ? (
        <View className='home__list' data-testid='feed'>
          <ArticleList items={feed.items} onSelect={open} />
          <ListFooter loadingMore={feed.loadingMore} moreError={feed.moreError} hasMore={feed.hasMore} onMore={() => void feed.loadMore()} />
        </View>
      ) : null}
      <TabBar current='home' />
    </View>
  )
}
