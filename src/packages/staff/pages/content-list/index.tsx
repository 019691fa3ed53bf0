// 内容管理 (staff subpackage): the union's articles by state — 草稿, 待审核, 已排期, 已发布, 退回修改,
// 已下线 — newest change first. Editors open the editor (and start 新建文章); publishers open the
// review. From 768 px wide the states sit in a column beside the list.
import { useCallback, useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { CONTENT_STATE_KEYS, CONTENT_STATES, type ContentRow, type ContentState } from '@contracts/content-admin/words'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { LoadingState } from '@/components/loading-state'
import { formatDateTime } from '@/lib/dates'
import { CONTENT_CHANNELS_PATH, contentEditorPath, contentReviewPath } from '@/features/content-admin/content-routes'
import { useLoad } from '@/lib/use-load'
import { useReadingSettings } from '@/lib/use-reading-settings'
import { listItems } from '@/features/content-admin/api/content-items'
import { Chip } from '@/components/chip'
import { PageHeader as StaffHead } from '@/components/page-header'
import { NotStaff } from '@/features/staff'
import { hasRole, useStaffMe } from '@/features/staff'
import '@/features/review/components/frame.css'
import './index.css'

export default function ContentListPage() {
  const reading = useReadingSettings()
  const me = useStaffMe()
  const [state, setState] = useState<ContentState>('pending')
  const load = useCallback(() => listItems({ kind: 'article', state, limit: 50 }), [state])
  const { status, data, error, retry } = useLoad(load, { keepPrevious: true })
  useDidShow(() => void retry())
  usePullDownRefresh(() => void retry().finally(() => Taro.stopPullDownRefresh()))

  const editor = hasRole(me.data, 'editor')
  const publisher = hasRole(me.data, 'publisher')
  const open = (row: ContentRow) => {
    const toReview = publisher && (!editor || row.state === 'pending' || row.state === 'scheduled' || row.state === 'published')
    void Taro.navigateTo({ url: toReview ? contentReviewPath(row.id) : contentEditorPath(row.id) })
  }

  if (me.data && !hasRole(me.data, 'editor', 'publisher', 'admin')) {
    return (
      <View className={`page sf-page ${reading.rootClassName}`} style={reading.rootStyle}>
        <NotStaff />
      </View>
    )
  }

  return (
    <View className={`page sf-page ${reading.rootClassName}`} style={reading.rootStyle} role='main' data-testid='content-list'>
      <StaffHead title='内容管理' subtitle='文章的撰写、审核与发布' />
      <View className='ca-columns'>
        <View className='ca-states' role='radiogroup' aria-label='按状态查看'>
          {CONTENT_STATE_KEYS.map((s) => (
            <Chip key={s} label={CONTENT_STATES[s]} checked={state === s} onToggle={() => setState(s)} testId={`state-${s}`} />
          ))}
          {editor ? (
            <View className='sf-button sf-button--primary ca-new' role='button' tabIndex={0} data-testid='new-article' onClick={() => void Taro.navigateTo({ url: contentEditorPath() })}>
              <Text>新建文章</Text>
            </View>
          ) : null}
          {hasRole(me.data, 'publisher', 'admin') ? (
            <View className='sf-button sf-button--secondary ca-new' role='button' tabIndex={0} data-testid='open-channels' onClick={() => void Taro.navigateTo({ url: CONTENT_CHANNELS_PATH })}>
              <Text>栏目设置</Text>
            </View>
          ) : null}
        </View>
        <View className='ca-list'>
          {status === 'loading' && !data ? <LoadingState rows={3} label='正在加载…' /> : null}
          {status === 'error' && error ? <ErrorState message={error.message} onRetry={() => void retry()} /> : null}
          {data && status !== 'error' && data.items.length === 0 ? <EmptyState message={`没有${CONTENT_STATES[state]}的文章`} /> : null}
          {data && status !== 'error'
            ? data.items.map((row) => (
                <View key={row.id} className='ca-row card' role='link' tabIndex={0} hoverClass='ca-row--pressed' data-testid='content-row' data-id={row.id} onClick={() => open(row)}>
                  <Text className='ca-row__title'>{row.title}</Text>
                  <View className='ca-row__meta'>
                    <Text className={`ca-tag ca-tag--${row.state}`}>{CONTENT_STATES[row.state]}</Text>
                    {row.live && row.state !== 'published' ? <Text className='ca-tag ca-tag--published'>线上有已发布版本</Text> : null}
                    {row.pin ? <Text className='ca-tag ca-tag--pinned'>{`头条 ${row.pin.rank + 1}`}</Text> : null}
                    <Text className='sf-meta'>{row.publishAt ? `定时 ${formatDateTime(row.publishAt)}` : `更新于 ${formatDateTime(row.updatedAt)}`}</Text>
                  </View>
                  {row.returnReason ? <Text className='sf-meta'>{`退回原因：${row.returnReason}`}</Text> : null}
                  {row.withdrawReason && row.state === 'withdrawn' ? <Text className='sf-meta'>{`下线原因：${row.withdrawReason}`}</Text> : null}
                </View>
              ))
            : null}
        </View>
      </View>
    </View>
  )
}
