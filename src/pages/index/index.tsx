// Home: the union's news feed (工会动态), newest first.
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { LoadingState } from '@/components/loading-state'
import { ArticleList } from '@/features/news/components/article-list'
import { useArticles } from '@/features/news/api/list-articles'
import type { CloudError } from '@/lib/cloud'
import { articlePath } from '@/lib/routes'
import './index.css'

const CHANNEL = '工会动态'

export default function HomePage() {
  const feed = useArticles(CHANNEL)

  usePullDownRefresh(() => {
    feed
      .refresh()
      .catch((error: CloudError) => Taro.showToast({ title: error.message, icon: 'none', duration: 2500 }))
      .finally(() => Taro.stopPullDownRefresh())
  })

  useReachBottom(() => {
    if (feed.hasMore && !feed.moreError) void feed.loadMore()
  })

  const open = (id: string) => {
    void Taro.navigateTo({ url: articlePath(id) })
  }

  return (
    <View className='page home'>
      <View className='home__header'>
        <Text className='home__org'>福田区总工会</Text>
        <Text className='home__channel'>{CHANNEL}</Text>
      </View>

      {feed.status === 'loading' ? <LoadingState rows={4} /> : null}

      {feed.status === 'error' && feed.error ? (
        <ErrorState message={feed.error.message} onRetry={() => void feed.retry()} />
      ) : null}

      {feed.status === 'ready' && feed.items.length === 0 ? <EmptyState message='暂无资讯' /> : null}

      {feed.status === 'ready' && feed.items.length > 0 ? (
        <View className='home__list'>
          <ArticleList items={feed.items} onSelect={open} />
          <View className='home__footer'>
            {feed.loadingMore ? <Text className='home__footer-text'>正在加载…</Text> : null}
            {feed.moreError ? (
              <Button className='home__more' onClick={() => void feed.loadMore()}>
                加载失败，点此重试
              </Button>
            ) : null}
            {!feed.loadingMore && !feed.moreError && feed.hasMore ? (
              <Button className='home__more' onClick={() => void feed.loadMore()}>
                加载更多
              </Button>
            ) : null}
            {!feed.hasMore ? <Text className='home__footer-text'>没有更多了</Text> : null}
          </View>
        </View>
      ) : null}
    </View>
  )
}
