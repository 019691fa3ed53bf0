// Article page: opened from the feed, from search, or straight from a shared card (then with a way
// home, or in Moments' single-page mode with a hint to open the app). Reading settings apply here.
import { useCallback, useEffect, useMemo, useState } from 'react'
import Taro, { useDidHide, useDidShow, useRouter, useShareAppMessage, useShareTimeline, useUnload } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { Tappable } from '@/components/tappable'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { LoadingState } from '@/components/loading-state'
import { SampleChip } from '@/components/sample-chip'
import { CareModeSwitch, ReadingSettingsPanel } from '@/components/reading-settings'
import { isNotFound, useArticle } from '@/features/news/api/get-article'
import { useRelated } from '@/features/news/api/list-related'
import { recordShare, type ShareTarget } from '@/features/news/api/record-share'
import { ArticleActions } from '@/features/news/components/article-actions'
import { ArticleAttachments } from '@/features/news/components/article-attachments'
import { ArticleBody } from '@/features/news/components/article-body'
import { OfflineBanner } from '@/features/news/components/offline-banner'
import { ReadAloudBar } from '@/features/news/components/read-aloud-bar'
import { useReadAloud } from '@/features/news/read-aloud/use-read-aloud'
import { RelatedArticles } from '@/features/news/components/related-articles'
import { shareImageOf } from '@/features/news/share-image'
import { ORG_NAME } from '@/lib/app-info'
import { formatDate } from '@/lib/dates'
import { isSinglePageMode } from '@/lib/launch'
import { resetPageMeta, setPageMeta } from '@/lib/page-meta'
import { HOME_PATH, articlePath, readParam } from '@/lib/routes'
import { useReadingSettings } from '@/lib/use-reading-settings'
import './index.css'

export default function ArticlePage() {
  const router = useRouter()
  const id = readParam(router.params.id)
  const reading = useReadingSettings()
  const { status, article, error, retry, offlineSavedAt } = useArticle(id)
  const related = useRelated(id, status === 'ready')
  const readAloud = useReadAloud(article?.title ?? '', article?.blocks ?? null)
  // Keep the paragraph being read in view as reading moves on.
  useEffect(() => {
    if (readAloud.readingBlock !== null && readAloud.readingBlock >= 0) {
      void Taro.pageScrollTo({ selector: `#article-block-${readAloud.readingBlock}`, offsetTop: -120, duration: 300 }).catch(() => undefined)
    }
  }, [readAloud.readingBlock])
  // Opened from a share card or a pasted URL: no page below this one to go back to.
  const [isEntryPage, setIsEntryPage] = useState(false)
  // Moments' single-page mode: no login (so no 收藏) and no navigation to other pages.
  const singlePage = useMemo(isSinglePageMode, [])
  const [settingsOpen, setSettingsOpen] = useState(false)
  // The share count after this reader's own shares (the server's answer to recordShare).
  const [shareCount, setShareCount] = useState<number | null>(null)

  const showMeta = useCallback(() => {
    if (!article) return
    setPageMeta({ title: article.title, description: article.summary, type: 'article', image: shareImageOf(article) })
  }, [article])

  useDidShow(() => {
    setIsEntryPage(Taro.getCurrentPages().length <= 1)
    showMeta()
  })
  useDidHide(() => resetPageMeta(ORG_NAME))
  useUnload(() => resetPageMeta(ORG_NAME))

  useEffect(() => {
    showMeta()
    setShareCount(null)
  }, [article, showMeta])

  const countShare = (target: ShareTarget) => {
    // Fire-and-forget: the share never waits for the count.
    recordShare(id, target)
      .then((res) => setShareCount(res.shareCount))
      .catch(() => undefined)
  }

  useShareAppMessage(() => {
    if (article) countShare('chat')
    return {
      title: article?.title ?? ORG_NAME,
      path: articlePath(id),
      ...(article ? { imageUrl: shareImageOf(article) } : {})
    }
  })

  useShareTimeline(() => {
    if (article) countShare('timeline')
    return {
      title: article?.title ?? ORG_NAME,
      query: `id=${encodeURIComponent(id)}`,
      ...(article ? { imageUrl: shareImageOf(article) } : {})
    }
  })

  const goHome = () => {
    void Taro.reLaunch({ url: HOME_PATH })
  }

  const open = (relatedId: string) => {
    void Taro.navigateTo({ url: articlePath(relatedId) })
  }

  return (
    <View className={`page article-page ${reading.rootClassName}`} style={reading.rootStyle} role='main'>
      {singlePage ? (
        <View className='article-page__hint' data-testid='single-page-hint'>
          <Text>前往小程序，阅读更多工会资讯</Text>
        </View>
      ) : null}

      <View className='article-page__toolbar'>
        {isEntryPage && !singlePage ? (
          <Tappable className='text-link' data-testid='home-link' onClick={goHome}>
            <Text>返回首页</Text>
          </Tappable>
        ) : (
          <View className='article-page__toolbar-spacer' />
        )}
        <View className='article-page__tools'>
          <Tappable
            className={`ui-control article-page__tool${settingsOpen ? ' article-page__tool--open' : ''}`}
            role='button'
            aria-expanded={settingsOpen ? 'true' : 'false'}
            data-testid='reading-settings-toggle'
            pressedClass='text-link--pressed'
            onClick={() => setSettingsOpen((open) => !open)}
          >
            <Text>{settingsOpen ? '收起设置' : '阅读设置'}</Text>
          </Tappable>
          <CareModeSwitch compact />
        </View>
      </View>

      {settingsOpen ? (
        <View className='article-page__settings card'>
          <ReadingSettingsPanel withCareSwitch={false} />
        </View>
      ) : null}

      {status === 'loading' ? <LoadingState rows={1} label='正在加载文章…' /> : null}

      {status === 'error' && error && isNotFound(error) ? (
        <EmptyState message={error.message}>
          {isEntryPage ? null : (
            <Button className='outline-button' role='button' tabIndex={0} onClick={() => void Taro.navigateBack()}>
              返回上一页
            </Button>
          )}
        </EmptyState>
      ) : null}

      {status === 'error' && error && !isNotFound(error) ? (
        <ErrorState message={error.message} onRetry={() => void retry()} />
      ) : null}

      {status === 'ready' && article ? (
        <View className='article-page__content' data-testid='article'>
          {offlineSavedAt ? <OfflineBanner savedAt={offlineSavedAt} /> : null}
          <Text className={`article-page__title${readAloud.readingBlock === -1 ? ' article-body__block--reading' : ''}`} data-testid='article-title' role='heading' aria-level='1' userSelect>
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
            <Text className='article-page__meta-item' data-testid='article-views'>
              阅读 {article.viewCount}
            </Text>
            <Text className='article-page__meta-item' data-testid='article-shares'>
              分享 {shareCount ?? article.shareCount}
            </Text>
            {article.sample ? <SampleChip /> : null}
          </View>
          {article.byline ? (
            <Text className='article-page__byline ui-text ui-text--note ui-tone--secondary' data-testid='article-byline'>
              {article.byline}
            </Text>
          ) : null}
          <ReadAloudBar state={readAloud.state} total={readAloud.total} onToggle={readAloud.toggle} onRate={readAloud.setRate} />
          <ArticleBody blocks={article.blocks} readingBlock={readAloud.readingBlock} />
          <ArticleAttachments attachments={article.attachments ?? []} />
          <ArticleActions
            id={article.id}
            favourited={article.favourited}
            canFavourite={!singlePage}
            onLinkCopied={() => countShare('chat')}
          />
          {/* Offline, related articles cannot load: no error under an article read from the device. */}
          {singlePage || offlineSavedAt ? null : (
            <RelatedArticles status={related.status} items={related.items} error={related.error} onRetry={() => void related.retry()} onSelect={open} />
          )}
        </View>
      ) : null}
    </View>
  )
}
