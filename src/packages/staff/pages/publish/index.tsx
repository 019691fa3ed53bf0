// 公示 (staff subpackage, district reviewer): the 已通过 applications not yet published; choose
// some or all and publish them as one 公示 article in 通知公告 (names masked, e.g. 张*三). The
// reply gives the period and a link to the article.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text } from '@tarojs/components'
import type { PublishResult } from '@contracts/dream-plan/review'
import { toCloudError } from '@/lib/cloud'
import { formatDate } from '@/lib/dates'
import { articlePath } from '@/lib/routes'
import { Banner } from '@/components/banner'
import { ReasonDialog } from '@/components/reason-dialog'
import { BatchScreen } from '@/features/review/components/batch-screen'
import { useSelectableRows } from '@/features/review/hooks/use-selection'
import { usePullToReload } from '@/lib/use-reload'
import { publish } from '@/features/review/api/publish'
import { lastDay } from '@/features/review/labels'

const FILTER = { status: ['approved' as const], publicity: 'none' as const }

export default function PublishPage() {
  const rows = useSelectableRows(FILTER)
  const [dialog, setDialog] = useState<{ busy: boolean; error?: string } | null>(null)
  const [result, setResult] = useState<PublishResult | null>(null)
  usePullToReload(rows.retry)

  const confirm = async () => {
    setDialog({ busy: true })
    try {
      setResult(await publish(rows.chosen.map((r) => r.id)))
      setDialog(null)
      rows.clear()
      void rows.retry()
    } catch (err) {
      setDialog({ busy: false, error: toCloudError(err).message })
    }
  }

  return (
    <BatchScreen
      name='publish'
      title='公示'
      subtitle='已通过、尚未公示的申请。发布后在“通知公告”中公示，姓名隐去中间字。'
      rows={rows}
      loadingLabel='正在加载待公示的申请…'
      emptyMessage='暂无待公示的申请'
      result={
        result ? (
          <Banner tone='success' title='公示已发布' testId='publish-result'>
            <Text className='sf-text' data-testid='publish-period'>{`共 ${result.count} 人，公示期 ${formatDate(result.startsAt)} 至 ${lastDay(result.endsAt)}。`}</Text>
            <Button className='ui-control sf-button ui-button ui-button--secondary' role='link' tabIndex={0} data-testid='publish-article-link' onClick={() => void Taro.navigateTo({ url: articlePath(result.articleId) })}>
              查看公示文章
            </Button>
          </Banner>
        ) : null
      }
      actionText={`发布公示（${rows.chosen.length} 人）`}
      onAction={() => setDialog({ busy: false })}
      dialog={
        dialog ? (
          <ReasonDialog
            id='publish'
            title={`发布 ${rows.chosen.length} 人的公示？`}
            text='将在“通知公告”发布公示文章（姓名隐去中间字，含单位、学校、学历层次），公示期按本年度政策。发布后不能撤回。'
            confirmText='确认发布'
            busyText='正在发布'
            busy={dialog.busy}
            error={dialog.error}
            onConfirm={() => void confirm()}
            onCancel={() => setDialog(null)}
          />
        ) : null
      }
    />
  )
}
