// The review queue (staff subpackage): oldest first, with filters (status, stage, level, street —
// a street reviewer sees only their own streets, so no street filter — submitted dates, a name or
// the last 4 of the ID number), 加载更多 and paging on reaching the bottom, and 导出 Excel of the
// filtered list.
import { useCallback, useMemo, useRef, useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh, useReachBottom, useRouter } from '@tarojs/taro'
import { Button, Input, Picker, Text, View } from '@tarojs/components'
import type { ApplicationStatus } from '@contracts/dream-plan/application'
import type { QueueFilter, ReviewRow } from '@contracts/dream-plan/review'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { LoadingState } from '@/components/loading-state'
import { toCloudError } from '@/lib/cloud'
import { readParam, staffReviewPath } from '@/lib/routes'
import { useCursorPages, type CursorPage } from '@/lib/use-cursor-pages'
import { useReadingSettings } from '@/lib/use-reading-settings'
import { Banner, Chip, NotStaff, Section } from '../../components/bits'
import { ReviewRows } from '../../components/review-rows'
import { exportQueue, queuePage } from '../../shared/api'
import { openExport } from '../../shared/files'
import { formatIsoDay, todayInShanghai } from '../../shared/labels'
import { streetOnly, useStaffMe } from '../../shared/use-staff-me'
import { LEVELS, STATUS_KEYS, STATUS_WORDS, STREET_LIST } from '../../shared/words'
import '../../components/staff.css'

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
  const [query, setQuery] = useState('')
  const [more, setMore] = useState(false)
  const [exporting, setExporting] = useState(false)
  const [exported, setExported] = useState<{ rows: number; fileName: string; full: boolean } | null>(null)
  const [exportError, setExportError] = useState('')
  const shown = useRef(false)

  const fetchPage = useCallback((cursor?: string) => queuePage(filter, cursor), [filter])
  const list = useCursorPages<ReviewRow, CursorPage<ReviewRow>>(fetchPage)
  const limited = streetOnly(me.data)

  useDidShow(() => {
    // Back from a decision: the row has moved on.
    if (shown.current) void list.retry()
    shown.current = true
  })
  usePullDownRefresh(() => {
    void list.refresh().catch(() => undefined).finally(() => Taro.stopPullDownRefresh())
  })
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

  const toggleStatus = (s: ApplicationStatus) => {
    const current = filter.status ?? []
    change({ status: current.includes(s) ? current.filter((x) => x !== s) : [...current, s] })
  }

  const search = () => change({ q: query.trim() || undefined })

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

  const activeCount = useMemo(
    () => ['stage', 'level', 'street', 'submittedFrom', 'submittedTo'].filter((k) => (filter as Record<string, unknown>)[k]).length,
    [filter]
  )
  const forbidden = list.status === 'error' && list.error?.code === 'FORBIDDEN'

  return (
    <View className={`page sf-page ${reading.rootClassName}`} style={reading.rootStyle} role='main' data-testid='staff-queue'>
      <Section title='筛选' testId='queue-filters'>
        <View className='sf-search' role='search'>
          <Text className='sf-filter-label' id='queue-q-label'>姓名或身份证号后 4 位</Text>
          <View className='sf-search__row'>
            <Input
              className='sf-input sf-search__input'
              type='text'
              confirmType='search'
              value={query}
              maxlength={30}
              placeholder='如：张三 或 123X'
              placeholderClass='sf-placeholder'
              nativeProps={{ 'aria-label': '姓名或身份证号后 4 位', enterkeyhint: 'search' }}
              data-testid='queue-search'
              onInput={(e) => setQuery(e.detail.value)}
              onConfirm={search}
            />
            <Button className='sf-button sf-button--primary sf-search__submit' role='button' tabIndex={0} data-testid='queue-search-submit' onClick={search}>
              搜索
            </Button>
          </View>
        </View>

        <Text className='sf-filter-label'>待办</Text>
        <View className='sf-chips' role='group' aria-label='待办'>
          <Chip label='全部' checked={!filter.awaiting} onToggle={() => change({ awaiting: undefined })} testId='awaiting-all' />
          <Chip label='待初审' checked={filter.awaiting === 'street'} onToggle={() => change({ awaiting: 'street' })} testId='awaiting-street' />
          <Chip label='待复审' checked={filter.awaiting === 'district'} onToggle={() => change({ awaiting: 'district' })} testId='awaiting-district' />
        </View>

        <Text className='sf-filter-label'>状态（可多选）</Text>
        <View className='sf-chips' role='group' aria-label='状态'>
          {STATUS_KEYS.map((s) => (
            <Chip key={s} multi label={STATUS_WORDS[s]} checked={filter.status?.includes(s) ?? false} onToggle={() => toggleStatus(s)} testId={`status-${s}`} />
          ))}
        </View>

        <View className='sf-more-toggle'>
          <View className='sf-link' role='button' tabIndex={0} aria-expanded={more ? 'true' : 'false'} data-testid='more-filters' onClick={() => setMore(!more)}>
            <Text>{more ? '收起更多筛选' : `更多筛选${activeCount ? `（已选 ${activeCount} 项）` : ''}`}</Text>
          </View>
        </View>

        {more ? (
          <View data-testid='more-filter-panel'>
            <Text className='sf-filter-label'>审核阶段</Text>
            <View className='sf-chips' role='radiogroup' aria-label='审核阶段'>
              <Chip label='全部' checked={!filter.stage} onToggle={() => change({ stage: undefined })} />
              <Chip label='街道初审' checked={filter.stage === 'street'} onToggle={() => change({ stage: 'street' })} testId='stage-street' />
              <Chip label='区总复审' checked={filter.stage === 'district'} onToggle={() => change({ stage: 'district' })} testId='stage-district' />
            </View>

            <Text className='sf-filter-label'>学历层次</Text>
            <View className='sf-chips' role='radiogroup' aria-label='学历层次'>
              <Chip label='全部' checked={!filter.level} onToggle={() => change({ level: undefined })} />
              {LEVELS.map((l) => (
                <Chip key={l} label={l} checked={filter.level === l} onToggle={() => change({ level: l })} />
              ))}
            </View>

            {limited ? (
              <Text className='sf-meta' data-testid='my-streets'>{`您负责的街道：${me.data?.streets.join('、') ?? ''}（只显示这些街道的申请）`}</Text>
            ) : (
              <View>
                <Text className='sf-filter-label'>单位所在街道</Text>
                <View className='sf-chips' role='radiogroup' aria-label='单位所在街道'>
                  <Chip label='全部' checked={!filter.street} onToggle={() => change({ street: undefined })} />
                  {STREET_LIST.map((s) => (
                    <Chip key={s} label={s} checked={filter.street === s} onToggle={() => change({ street: s })} testId={`street-${s}`} />
                  ))}
                </View>
              </View>
            )}

            <Text className='sf-filter-label'>提交日期</Text>
            <View className='sf-range'>
              <View className='sf-range__part'>
                <Picker mode='date' value={filter.submittedFrom ?? todayInShanghai()} end={filter.submittedTo} onChange={(e) => change({ submittedFrom: String(e.detail.value) })}>
                  <View className='sf-picker' role='button' tabIndex={0} aria-label={`开始日期：${filter.submittedFrom ? formatIsoDay(filter.submittedFrom) : '不限'}`} data-testid='date-from'>
                    <Text className={filter.submittedFrom ? '' : 'sf-picker__placeholder'}>{filter.submittedFrom ? formatIsoDay(filter.submittedFrom) : '开始日期'}</Text>
                  </View>
                </Picker>
              </View>
              <Text className='sf-range__to' aria-hidden='true'>至</Text>
              <View className='sf-range__part'>
                <Picker mode='date' value={filter.submittedTo ?? todayInShanghai()} start={filter.submittedFrom} onChange={(e) => change({ submittedTo: String(e.detail.value) })}>
                  <View className='sf-picker' role='button' tabIndex={0} aria-label={`结束日期：${filter.submittedTo ? formatIsoDay(filter.submittedTo) : '不限'}`} data-testid='date-to'>
                    <Text className={filter.submittedTo ? '' : 'sf-picker__placeholder'}>{filter.submittedTo ? formatIsoDay(filter.submittedTo) : '结束日期'}</Text>
                  </View>
                </Picker>
              </View>
            </View>
            {filter.submittedFrom || filter.submittedTo ? (
              <View className='sf-link' role='button' tabIndex={0} onClick={() => change({ submittedFrom: undefined, submittedTo: undefined })}>
                <Text>清除日期</Text>
              </View>
            ) : null}
          </View>
        ) : null}

        <View className='sf-queue-actions'>
          <Button className='sf-button sf-button--secondary' role='button' tabIndex={0} disabled={exporting || forbidden} loading={exporting} data-testid='export-button' onClick={() => void doExport()}>
            {exporting ? '正在导出…' : '导出 Excel'}
          </Button>
        </View>
        {exported ? (
          <Text className='sf-meta' role='status' data-testid='export-result'>
            {`已导出 ${exported.rows} 条（${exported.fileName}），银行卡号${exported.full ? '为完整号码，请妥善保管' : '已隐去中间位'}。`}
          </Text>
        ) : null}
        {exportError ? <Text className='sf-field__error' role='alert' data-testid='export-error'>{exportError}</Text> : null}
      </Section>

      {list.status === 'loading' ? <LoadingState rows={3} label='正在加载申请…' /> : null}
      {list.status === 'error' && list.error ? (
        forbidden ? (
          <NotStaff message={list.error.message} />
        ) : (
          <ErrorState message={list.error.message} onRetry={list.error.code === 'INVALID_INPUT' ? undefined : () => void list.retry()} />
        )
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
