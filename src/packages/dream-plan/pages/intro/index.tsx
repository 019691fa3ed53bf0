// 圆梦计划's intro (dream-plan subpackage): the year's policy — amount, window, who may apply,
// materials, steps — and 立即申请 while the window is open; outside it a notice with the dates.
// Reading it needs no login.
import { useEffect } from 'react'
import type { Standing } from '@contracts/dream-plan/application'
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { Tappable } from '@/components/tappable'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { LoadingState } from '@/components/loading-state'
import { SampleChip } from '@/components/sample-chip'
import { useIntro } from '@/features/dream-plan/api/get-intro'
import { Notice, NoticeText } from '@/features/dream-plan/components/notice'
import { PolicyDetails, PolicyFacts, windowText } from '@/features/dream-plan/components/policy-details'
import { setPageMeta } from '@/lib/page-meta'
import { DREAM_PLAN_CHECK_PATH, DREAM_PLAN_CONSENT_PATH, DREAM_PLAN_INTRO_PATH, MY_APPLICATIONS_PATH, applicationPath } from '@/lib/routes'
import { useReadingSettings } from '@/lib/use-reading-settings'
import '@/features/dream-plan/components/layout.css'
import './index.css'
import { PageHeader } from '@/components/page-header'

const NOTHING_YET: Standing = { applied: null, hasDraft: false }

export default function DreamPlanIntroPage() {
  const reading = useReadingSettings()
  const { params } = useRouter()
  // ?year=2027 opens that year's policy (e.g. announced before its window opens); otherwise the current one.
  const year = /^\d{4}$/.test(params.year ?? '') ? Number(params.year) : undefined
  const { status, data, error, retry } = useIntro(year)
  const policy = data?.policy ?? null
  // Not signed in: the plain 立即申请 (the form says what is missing).
  const standing = data?.standing ?? NOTHING_YET

  useEffect(() => {
    if (policy) setPageMeta({ title: policy.title, description: `每人 ${policy.amount} 元，资助在职职工提升学历。` })
  }, [policy])

  useShareAppMessage(() => ({ title: policy?.title ?? '圆梦计划：职工学历提升补贴', path: DREAM_PLAN_INTRO_PATH }))

  const apply = () => void Taro.navigateTo({ url: DREAM_PLAN_CONSENT_PATH })

  return (
    <View className={`page dp-intro ${reading.rootClassName}`} style={reading.rootStyle} role='main'>
      {status === 'loading' ? <LoadingState rows={3} label='正在加载圆梦计划…' /> : null}

      {status === 'error' && error?.code === 'POLICY_NOT_FOUND' ? <EmptyState message={error.message} /> : null}
      {status === 'error' && error && error.code !== 'POLICY_NOT_FOUND' ? <ErrorState message={error.message} onRetry={() => void retry()} /> : null}

      {status === 'ready' && policy ? (
        <View data-testid='policy'>
          <PageHeader title={policy.title} titleTestId='policy-title' subtitle='帮助在职职工提升学历，圆大学梦'>
            {policy.sample ? (
              <View className='ui-page-header__row'>
                <SampleChip />
                <Text className='ui-page-header__note'>以下为示例内容，以工会正式通知为准</Text>
              </View>
            ) : null}
          </PageHeader>

          <PolicyFacts policy={policy} />

          {!standing.applied ? (
            <View className='dp-actions'>
              <Button className='ui-control dp-button ui-button ui-button--secondary' role='button' tabIndex={0} data-testid='self-check-entry' onClick={() => void Taro.navigateTo({ url: DREAM_PLAN_CHECK_PATH })}>
                30 秒自测：我能申请吗？
              </Button>
            </View>
          ) : null}

          {policy.isOpen ? (
            <View className='dp-actions'>
              {standing.applied ? (
                <>
                  <Notice tone='info' title='您已提交过申请' testId='already-applied'>
                    <NoticeText>{policy.oncePerPerson ? '每人限申请一次，可在「我的申请」中查看进度。' : '本年度已提交申请，可在「我的申请」中查看进度。'}</NoticeText>
                  </Notice>
                  <Button
                    className='ui-control dp-button ui-button ui-button--primary dp-intro__apply'
                    role='button'
                    tabIndex={0}
                    data-testid='view-application'
                    onClick={() => void Taro.navigateTo({ url: applicationPath(standing.applied!.id) })}
                  >
                    查看我的申请
                  </Button>
                </>
              ) : (
                <Button className='ui-control dp-button ui-button ui-button--primary dp-intro__apply' role='button' tabIndex={0} data-testid='apply-button' onClick={apply}>
                  {standing.hasDraft ? '继续填写申请' : '立即申请'}
                </Button>
              )}
            </View>
          ) : (
            <Notice tone='warning' title='当前不在申请时间内' testId='window-closed'>
              <NoticeText>{policy.closedReason ?? '申请暂未开放'}</NoticeText>
              <NoticeText testId='closed-window'>{`申请时间：${windowText(policy)}`}</NoticeText>
            </Notice>
          )}

          <PolicyDetails policy={policy} />

          <View className='dp-links'>
            <Tappable className='text-link' data-testid='my-applications-link' onClick={() => void Taro.navigateTo({ url: MY_APPLICATIONS_PATH })}>
              <Text>我的申请</Text>
            </Tappable>
          </View>
        </View>
      ) : null}
    </View>
  )
}
