// A service page (services subpackage): what it is, who may use it, the steps, what to bring,
// whom to call, the union's news about it, where the facts come from, and, for services with places,
// the way into the finder. 圆梦计划 says plainly that applying online is not open yet.
import { useEffect, useState } from 'react'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { Tappable } from '@/components/tappable'
import { placeTypeName } from '@contracts/services/catalog'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { LoadingState } from '@/components/loading-state'
import { SampleChip } from '@/components/sample-chip'
import { ArticleList } from '@/features/news/components/article-list'
import { isServiceNotFound, useService } from '@/features/services/api/get-service'
import { ServiceDetail, ServiceSources } from '@/features/services/components/service-detail'
import { Section } from '@/components/section'
import { ORG_NAME } from '@/lib/app-info'
import { DREAM_PLAN_CHECK_PATH, DREAM_PLAN_INTRO_PATH, SERVICES_PATH, articlePath, placesPath, readParam } from '@/lib/routes'
import { useReadingSettings } from '@/lib/use-reading-settings'
import './index.css'

/** 圆梦计划: its page leads into the online application. */
const DREAM_PLAN_ID = 'dream-plan'

export default function ServicePage() {
  const router = useRouter()
  const id = readParam(router.params.id)
  const reading = useReadingSettings()
  const { status, data, error, retry } = useService(id)
  // Opened from a pasted link: no page below to go back to.
  const [isEntryPage, setIsEntryPage] = useState(false)

  useDidShow(() => setIsEntryPage(Taro.getCurrentPages().length <= 1))

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: data?.service.name ?? ORG_NAME }).catch(() => undefined)
  }, [data])

  const service = data?.service

  return (
    <View className={`page service-page ${reading.rootClassName}`} style={reading.rootStyle} role='main'>
      {isEntryPage ? (
        <View className='service-page__toolbar'>
          <Tappable className='text-link' onClick={() => void Taro.switchTab({ url: SERVICES_PATH })}>
            <Text>全部服务</Text>
          </Tappable>
        </View>
      ) : null}

      {status === 'loading' ? <LoadingState rows={2} label='正在加载服务…' /> : null}

      {status === 'error' && error && isServiceNotFound(error) ? (
        <EmptyState message={error.message}>
          <Button className='outline-button' role='button' tabIndex={0} onClick={() => void Taro.switchTab({ url: SERVICES_PATH })}>
            查看全部服务
          </Button>
        </EmptyState>
      ) : null}

      {status === 'error' && error && !isServiceNotFound(error) ? <ErrorState message={error.message} onRetry={() => void retry()} /> : null}

      {status === 'ready' && data && service ? (
        <View className='service-page__content' data-testid='service'>
          <View className='service-page__head'>
            <Text className='service-page__name ui-text ui-text--headline-large ui-tone--on-brand' role='heading' aria-level='1' data-testid='service-name'>{service.name}</Text>
            <Text className='service-page__tagline ui-text ui-text--text ui-tone--on-brand'>{service.tagline}</Text>
            {service.sample ? (
              <View className='service-page__chip'>
                <SampleChip />
                <Text className='service-page__chip-note'>以下为示例内容，以工会正式公布为准</Text>
              </View>
            ) : null}
          </View>

          {service.id === DREAM_PLAN_ID ? (
            <Button
              className='ui-control ui-button ui-button--primary service-page__places'
              role='button' tabIndex={0}
              data-testid='apply-entry'
              onClick={() => void Taro.navigateTo({ url: DREAM_PLAN_INTRO_PATH })}
            >
              了解政策并在线申请
            </Button>
          ) : null}
          {service.id === DREAM_PLAN_ID ? (
            <Button className='ui-control ui-button ui-button--primary service-page__places' role='button' tabIndex={0} data-testid='self-check-entry' onClick={() => void Taro.navigateTo({ url: DREAM_PLAN_CHECK_PATH })}>
              30 秒自测：我能申请吗？
            </Button>
          ) : null}

          {service.placeType ? (
            <Button
              className='ui-control ui-button ui-button--primary service-page__places'
              role='button' tabIndex={0}
              data-testid='nearby-places'
              onClick={() => void Taro.navigateTo({ url: placesPath({ type: service.placeType }) })}
            >
              查看附近的{placeTypeName(service.placeType)}
            </Button>
          ) : null}

          <ServiceDetail service={service} />

          {data.relatedArticles.length > 0 ? (
            <Section title='相关资讯' testId='service-news' worker>
              <ArticleList items={data.relatedArticles} onSelect={(articleId) => void Taro.navigateTo({ url: articlePath(articleId) })} compact />
            </Section>
          ) : null}

          <ServiceSources sources={service.sources} />
        </View>
      ) : null}
    </View>
  )
}
