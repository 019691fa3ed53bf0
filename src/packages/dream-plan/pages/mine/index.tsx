// 我的申请 (dream-plan subpackage): the worker's 圆梦计划 applications with their status, a draft
// to continue if there is one, and the way to the policy when there is nothing yet. Refreshed each
// time the page shows again (a withdrawal on the detail page changes it).
import { useCallback } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { Tappable } from '@/components/tappable'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { LoadingState } from '@/components/loading-state'
import { getDraft } from '@/features/dream-plan/api/get-draft'
import { listMine } from '@/features/dream-plan/api/list-mine'
import { ApplicationRows } from '@/features/dream-plan/components/application-rows'
import { Notice, NoticeText } from '@/features/dream-plan/components/notice'
import { DREAM_PLAN_INTRO_PATH, applicationPath, dreamPlanApplyPath } from '@/lib/routes'
import { useLoad } from '@/lib/use-load'
import { useReadingSettings } from '@/lib/use-reading-settings'
import { usePullToReload, useReloadOnReturn } from '@/lib/use-reload'
import '@/features/dream-plan/components/layout.css'
import './index.css'
import { PageHeader } from '@/components/page-header'

export default function MyApplicationsPage() {
  const reading = useReadingSettings()
  const load = useCallback(async () => {
    const [items, draft] = await Promise.all([listMine(), getDraft().catch(() => null)])
    return { items, draft }
  }, [])
  const { status, data, error, retry } = useLoad(load, { keepPrevious: true })
  useReloadOnReturn(retry)

  usePullToReload(retry)

  const items = data?.items ?? []
  const draft = data?.draft ?? null

  return (
    <View className={`page dp-mine ${reading.rootClassName}`} style={reading.rootStyle} role='main'>
      <PageHeader title='我的申请' subtitle='圆梦计划学历提升补贴' />

      {status === 'loading' && !data ? <LoadingState rows={2} label='正在加载我的申请…' /> : null}
      {status === 'error' && error ? <ErrorState message={error.message} onRetry={() => void retry()} /> : null}

      {data && status !== 'error' ? (
        <View data-testid='my-applications'>
          {draft ? (
            <Notice tone='info' title='有一份未提交的申请' testId='draft-notice'>
              <NoticeText>{`已填写 ${Object.keys(draft.sections).length} 项，共 5 项。资料保存在草稿中，可以继续填写。`}</NoticeText>
              <Button className='ui-control dp-button ui-button ui-button--primary dp-mine__continue' role='button' tabIndex={0} data-testid='continue-draft' onClick={() => void Taro.navigateTo({ url: dreamPlanApplyPath() })}>
                继续填写
              </Button>
            </Notice>
          ) : null}

          {items.length === 0 && !draft ? (
            <EmptyState message='还没有圆梦计划申请'>
              <Tappable className='text-link' data-testid='intro-link' onClick={() => void Taro.navigateTo({ url: DREAM_PLAN_INTRO_PATH })}>
                <Text>了解圆梦计划并申请</Text>
              </Tappable>
            </EmptyState>
          ) : null}

          {items.length > 0 ? <ApplicationRows items={items} onSelect={(id) => void Taro.navigateTo({ url: applicationPath(id) })} /> : null}

          {items.length > 0 || draft ? (
            <View className='dp-links'>
              <Tappable className='text-link' onClick={() => void Taro.navigateTo({ url: DREAM_PLAN_INTRO_PATH })}>
                <Text>圆梦计划申请条件</Text>
              </Tappable>
            </View>
          ) : null}
        </View>
      ) : null}
    </View>
  )
}
