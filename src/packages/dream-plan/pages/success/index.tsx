// After submitting (or resubmitting): the 申报序号, what happens next (the policy's steps), and ONE
// button to subscribe to status updates — WeChat's subscribe-message permission may only be asked
// from a tap, so the template ids are fetched with the page, before it; hidden on H5 and when the
// server names no template.
import { useCallback, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { Tappable } from '@/components/tappable'
import { Section } from '@/components/section'
import { StepList } from '@/components/step-number'
import { ErrorState } from '@/components/error-state'
import { LoadingState } from '@/components/loading-state'
import { getMine } from '@/features/dream-plan/api/get-mine'
import { getPolicy } from '@/features/dream-plan/api/get-policy'
import { Notice, NoticeText } from '@/features/dream-plan/components/notice'
import { subscribeTemplates, subscribeToStatusUpdates } from '@/features/dream-plan/subscribe'
import { toCloudError } from '@/lib/cloud'
import { HOME_PATH, MY_APPLICATIONS_PATH, applicationPath, readParam } from '@/lib/routes'
import { useLoad } from '@/lib/use-load'
import { useReadingSettings } from '@/lib/use-reading-settings'
import '@/features/dream-plan/components/layout.css'
import './index.css'

export default function DreamPlanSuccessPage() {
  const router = useRouter()
  const id = readParam(router.params.id)
  const resubmitted = readParam(router.params.resubmitted) === '1'
  const reading = useReadingSettings()
  const load = useCallback(async () => {
    const app = await getMine(id)
    // The steps are the policy's; without them the page still says what matters.
    const [policy, templates] = await Promise.all([getPolicy(app.year).catch(() => null), subscribeTemplates()])
    return { app, steps: policy?.timeline ?? [], templates }
  }, [id])
  const { status, data, error, retry } = useLoad(load)
  const [subscribe, setSubscribe] = useState<{ state: 'idle' | 'busy' | 'done'; message?: string }>({ state: 'idle' })

  const askToSubscribe = async (templates: string[]) => {
    if (subscribe.state === 'busy') return
    setSubscribe({ state: 'busy' })
    try {
      const { accepted } = await subscribeToStatusUpdates(templates)
      setSubscribe(
        accepted.length
          ? { state: 'done', message: '已订阅。审核进度有变化时，会通过微信服务通知告诉您。' }
          : { state: 'idle', message: '未订阅通知。您随时可以在「我的申请」中查看进度。' }
      )
    } catch (err) {
      setSubscribe({ state: 'idle', message: toCloudError(err).code === 'INTERNAL' ? '暂时无法订阅通知，可在「我的申请」中查看进度。' : toCloudError(err).message })
    }
  }

  return (
    <View className={`page dp-success ${reading.rootClassName}`} style={reading.rootStyle} role='main'>
      {status === 'loading' ? <LoadingState rows={2} label='正在读取申请…' /> : null}
      {status === 'error' && error ? <ErrorState message={error.message} onRetry={() => void retry()} /> : null}

      {status === 'ready' && data ? (
        <View data-testid='success'>
          <View className='dp-success__hero'>
            <Text className='ui-badge dp-success__mark' aria-hidden='true'>✓</Text>
            <Text className='dp-success__title' role='heading' aria-level='1'>{resubmitted ? '已重新提交' : '申请已提交'}</Text>
            <Text className='dp-success__label'>申报序号</Text>
            <Text className='dp-success__number' data-testid='application-number' userSelect>{data.app.applicationNo || '编号生成中，稍后可在我的申请中查看'}</Text>
          </View>

          <Section title='接下来' worker>
            {data.steps.length ? <StepList steps={data.steps.slice(1)} /> : null}
            <Text className='dp-success__text'>审核开始前，您可以在「我的申请」中撤回申请；如需补充材料，工会会退回并说明原因。</Text>
          </Section>

          {data.templates.length > 0 && subscribe.state !== 'done' ? (
            <View className='dp-actions'>
              <Button className='ui-control dp-button ui-button ui-button--primary' role='button' tabIndex={0} disabled={subscribe.state === 'busy'} data-testid='subscribe-button' onClick={() => void askToSubscribe(data.templates)}>
                订阅审核进度通知
              </Button>
            </View>
          ) : null}

          {subscribe.message ? (
            <Notice tone={subscribe.state === 'done' ? 'success' : 'info'} testId='subscribe-result'>
              <NoticeText>{subscribe.message}</NoticeText>
            </Notice>
          ) : null}

          <View className='dp-links'>
            <Tappable className='text-link' data-testid='view-application' onClick={() => void Taro.redirectTo({ url: applicationPath(data.app.id) })}>
              <Text>查看申请详情</Text>
            </Tappable>
            <Tappable className='text-link' data-testid='my-applications-link' onClick={() => void Taro.redirectTo({ url: MY_APPLICATIONS_PATH })}>
              <Text>我的申请</Text>
            </Tappable>
            <Tappable className='text-link' onClick={() => void Taro.switchTab({ url: HOME_PATH })}>
              <Text>返回首页</Text>
            </Tappable>
          </View>
        </View>
      ) : null}
    </View>
  )
}
