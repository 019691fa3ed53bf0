// Article page: opened from the feed or straight from a shared link (then with a way home).
import { useEffect, useState } from 'react'
import Taro, { useDidShow, useRouter, useShareAppMessage } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { LoadingState } from '@/components/loading-state'
import { isNotFound, useArticle } from '@/features/news/api/get-article'
import { ArticleAttachments } from '@/features/news/components/article-attachments'
import { ArticleBody } from '@/features/news/components/article-body'
import { formatDate } from '@/lib/dates'
import { HOME_PATH, articlePath, readParam } from '@/lib/routes'
import './index.css'

const APP_TITLE = '福田区总工会'

function setBrowserTitle(title: string) {
  if (process.env.TARO_ENV === 'h5') document.title = title
}

export default function ArticlePage() {
  const router = useRouter()
  const id = readParam(router.params.id)
  const { status, article, error, retry } = useArticle(id)
  // Opened from a share card or a pasted URL: no page below this one to go back to.
  const [isEntryPage, setIsEntryPage] = useState(false)

  useDidShow(() => {
    setIsEntryPage(Taro.getCurrentPages().length <= 1)
    if (article) setBrowserTitle(article.title)
  })

  useEffect(() => {
    if (article) setBrowserTitle(article.title)
  }, [article])

  useShareAppMessage(() => ({
    title: article?.title ?? APP_TITLE,
    path: articlePath(id)
  }))

  const goHome = () => {
    void Taro.reLaunch({ url: HOME_PATH })
  }

  return (
    <View className='page article-page'>
      {isEntryPage ? (
        <View className='article-page__topbar'>
          <View className='text-link' data-testid='home-link' hoverClass='text-link--pressed' onClick={goHome}>
            <Text>返回首页</Text>
          </View>
        </View>
      ) : null}

      {status === 'loading' ? <LoadingState rows={1} /> : null}

      {status === 'error' && error && isNotFound(error) ? (
        <EmptyState message={error.message}>
          {isEntryPage ? null : (
            <Button className='article-page__back' onClick={() => void Taro.navigateBack()}>
              返回上一页
            </Button>
          )}
        </EmptyState>
      ) : null}

      {status === 'error' && error && !isNotFound(error) ? (
        <ErrorState message={error.message} onRetry={() => void retry()} />
      ) : null}

      {status === 'ready' && article ? (
        <View className='article-page__content card'>
          <Text className='article-page__title' data-testid='article-title' userSelect>
            {article.title}
          </Text>
          <View className='article-page__meta'>
            <Text className='article-page__meta-item' data-testid='article-date'>
              {formatDate(article.publishedAt)}
            </Text>
            {article.source ? (
              <Text className='article-page__meta-item' data-testid='article-source'>
                来源：{article.source}
              </Text>
            ) : null}
          </View>
          {article.byline ? (
            <Text className='article-page__byline' data-testid='article-byline'>
              {article.byline}
            </Text>
          ) : null}
          <ArticleBody blocks={article.blocks} />
          <ArticleAttachments attachments={article.attachments ?? []} />
        </View>
      ) : null}
    </View>
  )
}
