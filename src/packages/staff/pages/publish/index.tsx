// 公示 (staff subpackage, district reviewer): the 已通过 applications not yet published; choose
// some or all and publish them as one 公示 article in 通知公告 (names masked, e.g. 张*三). The
// reply gives the period and a link to the article.
import { useState } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { PublishResult } from '@contracts/dream-plan/review'
import { EmptyState } from '@/components/empty-state'
import { LoadingState } from '@/components/loading-state'
import { toCloudError } from '@/lib/cloud'
import { formatDate } from '@/lib/dates'
import { articlePath } from '@/lib/routes'
import { useReadingSettings } from '@/lib/use-reading-settings'
import { Banner } from '@/components/banner'
import { LoadFailure } from '@/features/staff/components/not-staff'
import { PageHeader } from '@/components/page-header'
import { ReasonDialog } from '@/components/reason-dialog'
import { ReviewRows } from '@/features/review/components/review-rows'
import { SelectBar } from '@/features/review/components/select-bar'
import { useSelectableRows } from '@/features/review/hooks/use-selection'
import { publish } from '@/features/review/api/publish'
import { lastDay } from '@/features/review/labels'
import '@/features/review/components/frame.css'

const FILTER = { status: ['approved' as const], publicity: 'none' as const }

export default function PublishPage() {
  const reading = useReadingSettings()
  const rows = useSelectableRows(FILTER)
  const [dialog, setDialog] = useState<{ busy: boolean; error?: string } | null>(null)
  const [result, setResult] = useState<PublishResult | null>(null)

  usePullDownRefresh(() => {
    void rows.retry().finally(() => Taro.stopPullDownRefresh())
  })

  const chosen = rows.items.filter((r) => rows.selected.has(r.id))
  const amount = chosen.reduce((sum, r) => sum + r.amount, 0)

  const confirm = async () => {
    setDialog({ busy: true })
    try {
      const res = await publish(chosen.map((r) => r.id))
      setResult(res)
      setDialog(null)
      rows.clear()
      void rows.retry()
    } catch (err) {
      setDialog({ busy: false, error: toCloudError(err).message })
    }
  }


  return (
    <View className={`page sf-page sf-page--with-bar ${reading.rootClassName}`} style={reading.rootStyle} role='main' data-testid='staff-publish'>
      <PageHeader title='公示' subtitle='已通过、尚未公示的申请。发布后在“通知公告”中公示，姓名隐去中间字。' />

      {result ? (
        <Banner tone='success' title='公示已发布' testId='publish-result'>
          <Text className='sf-text' data-testid='publish-period'>{`共 ${result.count} 人，公示期 ${formatDate(result.startsAt)} 至 ${lastDay(result.endsAt)}。`}</Text>
          <Button className='ui-control sf-button sf-button--secondary' role='link' tabIndex={0} data-testid='publish-article-link' onClick={() => void Taro.navigateTo({ url: articlePath(result.articleId) })}>
            查看公示文章
          </Button>
        </Banner>
      ) : null}

      {rows.status === 'loading' ? <LoadingState rows={3} label='正在加载待公示的申请…' /> : null}
      {rows.status === 'error' && rows.error ? (
        <LoadFailure error={rows.error} onRetry={() => void rows.retry()} />
      ) : null}
      {rows.status === 'ready' && rows.items.length === 0 ? <EmptyState message='暂无待公示的申请' /> : null}
      {rows.status === 'ready' && rows.items.length > 0 ? (
        <View data-testid='publish-list'>
          <SelectBar total={rows.items.length} chosen={chosen.length} amount={amount} allChosen={rows.allChosen} onToggleAll={rows.toggleAll} />
          <ReviewRows items={rows.items} selected={rows.selected} onToggle={rows.toggle} showAmount />
        </View>
      ) : null}

      {rows.status === 'ready' && rows.items.length > 0 ? (
        <View className='sf-bar'>
          <Button className='ui-control sf-button sf-button--primary' role='button' tabIndex={0} disabled={chosen.length === 0} data-testid='publish-button' onClick={() => setDialog({ busy: false })}>
            {chosen.length ? `发布公示（${chosen.length} 人）` : '请先选择申请'}
          </Button>
        </View>
      ) : null}

      {dialog ? (
        <ReasonDialog
          id='publish'
          title={`发布 ${chosen.length} 人的公示？`}
          text='将在“通知公告”发布公示文章（姓名隐去中间字，含单位、学校、学历层次），公示期按本年度政策。发布后不能撤回。'
          confirmText='确认发布'
          busyText='正在发布'
          busy={dialog.busy}
          error={dialog.error}
          onConfirm={() => void confirm()}
          onCancel={() => setDialog(null)}
        />
      ) : null}
    </View>
  )
}
