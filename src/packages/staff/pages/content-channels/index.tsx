// 栏目设置 (staff subpackage): whether each channel publishes what the 公众号 sync and the site import
// bring at once (自动发布) or leaves it in 待审核 for a publisher (需审核), and 立即同步公众号 for a run
// now instead of waiting for the daily timer. Publishers change the setting; editors and admins read it.
import { useCallback, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { ChannelRow } from '@contracts/content-admin/actions'
import { CHANNEL_MODES } from '@contracts/content-admin/words'
import type { WechatSyncSummary } from '@contracts/content-admin/wechat-sync'
import { Chip } from '@/components/chip'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { LoadingState } from '@/components/loading-state'
import { PageHeader as StaffHead } from '@/components/page-header'
import { listContentChannels } from '@/features/content-admin/api/content-items'
import { CONTENT_LIST_PATH } from '@/features/content-admin/content-routes'
import { runWechatSync, saveContentChannel } from '@/features/content-admin/api/channels'
import { hasRole, NotStaff, useStaffMe } from '@/features/staff'
import { CONTENT_ROLES } from '@contracts/content-admin/roles'
import { useLoad } from '@/lib/use-load'
import { useReadingSettings } from '@/lib/use-reading-settings'
import { usePullToReload, useReloadOnReturn } from '@/lib/use-reload'
import '@/features/review/components/frame.css'
import './index.css'

/** The run's outcome in one line, as staff read it. */
function summaryText(s: WechatSyncSummary): string {
  const parts = [`新增 ${s.imported} 篇`, `更新 ${s.updated} 篇`, `待审核 ${s.awaitingReview} 篇`, `下线 ${s.withdrawn} 篇`, `失败 ${s.failed.length} 篇`]
  return `同步完成：${parts.join('，')}${s.stoppedBy ? '（今日接口次数已用完，明天继续）' : ''}`
}

export default function ContentChannelsPage() {
  const reading = useReadingSettings()
  const me = useStaffMe()
  const load = useCallback(() => listContentChannels(), [])
  const { status, data, error, retry } = useLoad(load, { keepPrevious: true })
  const [busy, setBusy] = useState('')
  const [synced, setSynced] = useState('')
  useReloadOnReturn(retry)
  usePullToReload(retry)
  const publisher = hasRole(me.data, ...CONTENT_ROLES.publishers)
  const maySync = hasRole(me.data, ...CONTENT_ROLES.syncers)

  const setMode = async (row: ChannelRow, autoPublish: boolean) => {
    if (busy || row.autoPublish === autoPublish) return
    setBusy(row.name)
    try {
      await saveContentChannel({ name: row.name, order: row.order, autoPublish, version: row.version, ...(row.shareImage ? { shareImage: row.shareImage } : {}) })
      await retry()
    } catch {
      // lib/cloud has shown the reason.
    } finally {
      setBusy('')
    }
  }

  const sync = async () => {
    if (busy) return
    setBusy('sync')
    setSynced('')
    try {
      setSynced(summaryText(await runWechatSync()))
      await retry()
    } catch {
      // lib/cloud has shown the reason.
    } finally {
      setBusy('')
    }
  }

  if (me.data && !hasRole(me.data, ...CONTENT_ROLES.readers)) {
    return (
      <View className={`page sf-page ${reading.rootClassName}`} style={reading.rootStyle}>
        <NotStaff />
      </View>
    )
  }

  return (
    <View className={`page sf-page ${reading.rootClassName}`} style={reading.rootStyle} role='main' data-testid='content-channels'>
      <StaffHead title='同步与自动发布' subtitle='公众号同步和网站导入的文章：自动发布，或先由审核人审核' />
      <View className='cc-body'>
        {maySync ? (
          <View className='cc-sync'>
            <View className='ui-control sf-button ui-button ui-button--primary' role='button' tabIndex={0} aria-disabled={busy !== ''} data-testid='run-sync' onClick={() => void sync()}>
              <Text>{busy === 'sync' ? '正在同步…' : '立即同步公众号'}</Text>
            </View>
            {synced ? (
              <Text className='sf-meta' role='status' data-testid='sync-summary'>
                {synced}
              </Text>
            ) : null}
          </View>
        ) : null}
        {status === 'loading' && !data ? <LoadingState rows={3} label='正在加载…' /> : null}
        {status === 'error' && error ? <ErrorState message={error.message} onRetry={() => void retry()} /> : null}
        {data && status !== 'error' && data.channels.length === 0 ? <EmptyState message='还没有栏目' /> : null}
        {data && status !== 'error'
          ? data.channels.map((row) => (
              <View key={row.name} className='cc-row card' data-testid='channel-row' data-name={row.name}>
                <Text className='cc-row__name'>{row.name}</Text>
                <Text className='sf-meta'>{`已发布 ${row.articleCount} 篇`}</Text>
                {publisher ? (
                  <View className='cc-modes' role='radiogroup' aria-label={`${row.name}的发布方式`}>
                    <Chip label={CHANNEL_MODES.auto} checked={row.autoPublish} onToggle={() => void setMode(row, true)} testId='mode-auto' />
                    <Chip label={CHANNEL_MODES.review} checked={!row.autoPublish} onToggle={() => void setMode(row, false)} testId='mode-review' />
                  </View>
                ) : (
                  <Text className='sf-meta' data-testid='mode'>{row.autoPublish ? CHANNEL_MODES.auto : CHANNEL_MODES.review}</Text>
                )}
              </View>
            ))
          : null}
        {/* H5 has no navigation bar, and an editor has nothing else to tap here. */}
        <View className='ui-control sf-button ui-button ui-button--secondary cc-back' role='link' tabIndex={0} data-testid='back-to-content' onClick={() => void Taro.redirectTo({ url: CONTENT_LIST_PATH })}>
          <Text>返回内容管理</Text>
        </View>
      </View>
    </View>
  )
}
