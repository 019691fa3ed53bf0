// One application (dream-plan subpackage): its status and what it means, the reviewer's reason
// for 退回补正 / 未通过, the timeline, the sections with masked numbers, the materials (tap to open),
// and what the worker may do now: 撤回申请 before review starts, 修改并重新提交 after 退回补正.
import { useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { Tappable } from '@/components/tappable'
import type { ApplicationDetail } from '@contracts/dream-plan/application'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { LoadingState } from '@/components/loading-state'
import { isApplicationNotFound, useMyApplication } from '@/features/dream-plan/api/get-mine'
import { withdrawApplication } from '@/features/dream-plan/api/withdraw'
import { ApplicationInfo } from '@/features/dream-plan/components/application-detail'
import { Notice, NoticeText } from '@/features/dream-plan/components/notice'
import { StatusChip } from '@/features/dream-plan/components/status-chip'
import { WithdrawDialog } from '@/features/dream-plan/components/withdraw-dialog'
import { statusExplanation } from '@/features/dream-plan/status'
import { toCloudError } from '@/lib/cloud'
import { MY_APPLICATIONS_PATH, dreamPlanApplyPath, readParam } from '@/lib/routes'
import { useReadingSettings } from '@/lib/use-reading-settings'
import { usePullToReload, useReloadOnReturn } from '@/lib/use-reload'
import '@/features/dream-plan/components/layout.css'
import './index.css'
import { showToast } from '@/lib/feedback'

export default function ApplicationPage() {
  const router = useRouter()
  const id = readParam(router.params.id)
  const reading = useReadingSettings()
  const { status, data, error, retry } = useMyApplication(id)
  // The reply of a withdrawal, shown until the next load replaces it.
  const [latest, setLatest] = useState<ApplicationDetail | null>(null)
  const [dialog, setDialog] = useState<{ open: boolean; busy: boolean; error?: string }>({ open: false, busy: false })

  useEffect(() => setLatest(null), [data])

  // Back from the amendment form or another page: show the application as it is now.
  useReloadOnReturn(retry)

  usePullToReload(retry)

  const app = latest ?? data

  const withdraw = async (reason: string) => {
    if (!app || dialog.busy) return
    setDialog({ open: true, busy: true })
    try {
      const updated = await withdrawApplication(app.id, reason)
      setLatest(updated)
      setDialog({ open: false, busy: false })
      void showToast({ title: '申请已撤回', icon: 'success', duration: 1500 })
    } catch (err) {
      setDialog({ open: true, busy: false, error: toCloudError(err).message })
    }
  }

  return (
    <View className={`page dp-detail-page ${reading.rootClassName}`} style={reading.rootStyle} role='main'>
      {status === 'loading' && !app ? <LoadingState rows={3} label='正在加载申请…' /> : null}

      {status === 'error' && error && isApplicationNotFound(error) ? (
        <EmptyState message='没有找到这份申请'>
          <Tappable className='text-link' onClick={() => void Taro.redirectTo({ url: MY_APPLICATIONS_PATH })}>
            <Text>查看我的申请</Text>
          </Tappable>
        </EmptyState>
      ) : null}
      {status === 'error' && error && !isApplicationNotFound(error) ? <ErrorState message={error.message} onRetry={() => void retry()} /> : null}

      {app && status !== 'error' ? (
        <View data-testid='application'>
          <View className='dp-detail-page__head'>
            <View className='dp-detail-page__title-row'>
              <Text className='dp-detail-page__title' role='heading' aria-level='1'>{`${app.year}年度圆梦计划`}</Text>
              <StatusChip app={app} large />
            </View>
            {app.applicationNo ? <Text className='dp-detail-page__number ui-text ui-text--text ui-tone--secondary'>{`申报序号 ${app.applicationNo}`}</Text> : null}
            <Text className='dp-detail-page__explain ui-text ui-text--body ui-tone--default' data-testid='status-explanation'>{statusExplanation(app)}</Text>
          </View>

          {app.reviewReason && (app.status === 'returned' || app.status === 'rejected') ? (
            <Notice tone={app.status === 'returned' ? 'warning' : 'error'} title={app.status === 'returned' ? '需要补正' : '未通过的原因'} testId='review-reason'>
              <NoticeText>{app.reviewReason}</NoticeText>
            </Notice>
          ) : null}

          {app.canWithdraw || app.canResubmit ? (
            <View className='dp-actions'>
              {app.canResubmit ? (
                <Button className='ui-control dp-button ui-button ui-button--primary' role='button' tabIndex={0} data-testid='resubmit-button' onClick={() => void Taro.navigateTo({ url: dreamPlanApplyPath(app.id) })}>
                  修改并重新提交
                </Button>
              ) : null}
              {app.canWithdraw ? (
                <Button className='ui-control dp-button ui-button ui-button--plain' role='button' tabIndex={0} data-testid='withdraw-button' onClick={() => setDialog({ open: true, busy: false })}>
                  撤回申请
                </Button>
              ) : null}
            </View>
          ) : null}

          <ApplicationInfo app={app} />
        </View>
      ) : null}

      {dialog.open ? (
        <WithdrawDialog busy={dialog.busy} error={dialog.error} onConfirm={(reason) => void withdraw(reason)} onCancel={() => setDialog({ open: false, busy: false })} />
      ) : null}
    </View>
  )
}
