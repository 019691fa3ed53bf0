// The review queue (staff subpackage): oldest first, with filters (status, stage, level, street —
// a street reviewer sees only their own streets, so no street filter — submitted dates, a name or
// the last 4 of the ID number), 加载更多 and paging on reaching the bottom, and 导出 Excel of the
// filtered list.
import { useCallback, useState } from 'react'
import Taro, { useReachBottom, useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { ApplicationStatus } from '@contracts/dream-plan/application'
import type { QueueFilter, ReviewRow } from '@contracts/dream-plan/review'
import { EmptyState } from '@/components/empty-state'
import { LoadingState } from '@/components/loading-state'
import { toCloudError } from '@/lib/cloud'
import { readParam, staffReviewPath } from '@/lib/routes'
import { useCursorPages, type CursorPage } from '@/lib/use-cursor-pages'
import { useReadingSettings } from '@/lib/use-reading-settings'
import { usePullToReload, useReloadOnReturn } from '@/lib/use-reload'
import { Banner } from '@/components/banner'
import { LoadFailure } from '@/features/staff/components/not-staff'
import { Section } from '@/components/section'
import { QueueFilters } from '@/features/review/components/queue-filters'
import { ReviewRows } from '@/features/review/components/review-rows'
import { exportQueue } from '@/features/review/api/export'
import { queuePage } from '@/features/review/api/queue'
import { openExport } from '@/features/review/open-export'
import { streetOnly, useStaffMe } from '@/features/staff/hooks/use-staff-me'
import { STATUS_KEYS } from '@/features/review/labels'
import '@/components/form-field/index.css'
import '@/features/review/components/frame.css'
import './index.css'

function presetFilter(params: Record<string, string | undefined>): QueueFilter {
  const status = readParam(params.status)
    .split(',')
    .filter((s): s is ApplicationStatus => (STATUS_KEYS as string[]).includes(s))
  const stage = readParam(params.stage)
  const awaiting = readParam(params.awaiting)
  return {
    ...(awaiting === 'street' || awaiting === 'district' ? { awaiting } : {}),
    ...(status.length ? { status } : {}),
    ...(stage === 'street' || stage === 'district' ? { stage } : {})
  }
}

export default function QueuePage() {
  const router = useRouter()
  const reading = useReadingSettings()
  const me = useStaffMe()
  const [filter, setFilter] = useState<QueueFilter>(() => presetFilter(router.params))
  const [exporting, setExporting] = useState(false)
  const [exported, setExported] = useState<{ rows: number; fileName: string; full: boolean } | null>(null)
  const [exportError, setExportError] = useState('')

  const fetchPage = useCallback((cursor?: string) => queuePage(filter, cursor), [filter])
  const list = useCursorPages<ReviewRow, CursorPage<ReviewRow>>(fetchPage)
  const limited = streetOnly(me.data)

  // Back from a decision: the row has moved on.
  useReloadOnReturn(list.retry)
  usePullToReload(list.refresh)
  useReachBottom(() => {
    if (list.status === 'ready' && list.hasMore && !list.moreError) void list.loadMore()
  })

  const change = (patch: Partial<QueueFilter>) => {
    setExported(null)
    setFilter((f) => {
      const next = { ...f, ...patch } as Record<string, unknown>
      for (const key of Object.keys(next)) if (next[key] === undefined || (Array.isArray(next[key]) && (next[key] as unknown[]).length === 0)) delete next[key]
      return next as QueueFilter
    })
  }

  const doExport = async () => {
    if (exporting) return
    setExporting(true)
    setExportError('')
    try {
      const result = await exportQueue(filter)
      setExported({ rows: result.rows, fileName: result.fileName, full: result.fullCardNumbers })
      await openExport(result).catch((err) => {
        setExportError(`文件已生成，但打开失败：${toCloudError(err).message}`)
      })
    } catch (err) {
      setExportError(toCloudError(err).message)
    } finally {
      setExporting(false)
    }
  }

  const forbidden = list.status === 'error' && list.error?.code === 'FORBIDDEN'

  return (
    <View className={`page sf-page ${reading.rootClassName}`} style={reading.rootStyle} role='main' data-testid='staff-queue'>
      <Section title='筛选' testId='queue-filters'>
        <QueueFilters filter={filter} onChange={change} myStreets={limited ? me.data?.streets ?? [] : undefined} />

        <View className='sf-queue-actions'>
          <Button className='ui-control sf-button ui-button ui-button--secondary' role='button' tabIndex={0} disabled={exporting || forbidden} loading={exporting} data-testid='export-button' onClick={() => void doExport()}>
            {exporting ? '正在导出…' : '导出 Excel'}
          </Button>
        </View>
        {exported ? (
          <Text className='sf-meta' role='status' data-testid='export-result'>
            {`已导出 ${exported.rows} 条（${exported.fileName}），银行卡号${exported.full ? '为完整号码，请妥善保管' : '已隐去中间位'}。`}
          </Text>
        ) : null}
        {exportError ? <Text className='ui-field__message ui-text ui-text--meta-strong ui-tone--brand' role='alert' data-testid='export-error'>{exportError}</Text> : null}
      </Section>

      {list.status === 'loading' ? <LoadingState rows={3} label='正在加载申请…' /> : null}
      {list.status === 'error' && list.error ? (
        <LoadFailure error={list.error} onRetry={list.error.code === 'INVALID_INPUT' ? undefined : () => void list.retry()} />
      ) : null}
      {list.status === 'ready' && list.items.length === 0 ? <EmptyState message='没有符合条件的申请' /> : null}
      {list.status === 'ready' && list.items.length > 0 ? (
        <View data-testid='queue-results'>
          <Text className='sf-meta sf-list-note'>按提交时间排序，最早的在前。</Text>
          <ReviewRows items={list.items} onOpen={(id) => void Taro.navigateTo({ url: staffReviewPath(id) })} />
          <View className='sf-footer'>
            {list.loadingMore ? <Text className='sf-meta'>正在加载…</Text> : null}
            {list.moreError ? (
              <Banner tone='error' alert>
                <Text className='sf-text'>{list.moreError.message}</Text>
                <Button className='outline-button' role='button' tabIndex={0} onClick={() => void list.loadMore()}>加载失败，点此重试</Button>
              </Banner>
            ) : null}
            {!list.loadingMore && !list.moreError && list.hasMore ? (
              <Button className='outline-button' role='button' tabIndex={0} data-testid='load-more' onClick={() => void list.loadMore()}>
                加载更多
              </Button>
            ) : null}
            {!list.hasMore ? <Text className='sf-meta' data-testid='list-end'>{`共 ${list.items.length} 项，没有更多了`}</Text> : null}
          </View>
        </View>
      ) : null}
    </View>
  )
}
