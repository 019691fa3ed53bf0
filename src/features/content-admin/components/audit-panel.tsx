// The operation log (admins): content management's actions newest first — who (and with which
// roles), what, on what, when, with the reason where one was given. Tapping a row's item shows
// that item's history alone; 查看全部 clears the filter; 刷新 reads it again. 加载更多 follows the cursor.
import { useCallback, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { AuditRow } from '@contracts/content-admin/words'
import { CONTENT_KINDS, CONTENT_VERBS } from '@contracts/content-admin/words'
import { STAFF_ROLES } from '@contracts/staff/roles'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { LoadingState } from '@/components/loading-state'
import { Section } from '@/components/section'
import { toCloudError } from '@/lib/cloud'
import { formatDateTime } from '@/lib/dates'
import { useLoad } from '@/lib/use-load'
import { auditQuery } from '../api/content-decisions'

const verbOf = (v: string) => (CONTENT_VERBS as Record<string, string>)[v] ?? v
const roleOf = (r: string) => (STAFF_ROLES as Record<string, string>)[r] ?? r
const kindOf = (k?: string) => (k ? ((CONTENT_KINDS as Record<string, string>)[k] ?? k) : '')

export function AuditPanel({ initialTarget }: { initialTarget?: string }) {
  const [target, setTarget] = useState(initialTarget ?? '')
  const [more, setMore] = useState<{ rows: AuditRow[]; cursor: string | null; error: string }>({ rows: [], cursor: null, error: '' })
  const load = useCallback(async () => {
    const res = await auditQuery({ limit: 30, ...(target ? { target } : {}) })
    setMore({ rows: [], cursor: res.nextCursor, error: '' })
    return res.items
  }, [target])
  const { status, data, error, retry } = useLoad(load)

  async function loadMore() {
    if (!more.cursor) return
    try {
      const res = await auditQuery({ limit: 30, cursor: more.cursor, ...(target ? { target } : {}) })
      setMore((m) => ({ rows: [...m.rows, ...res.items], cursor: res.nextCursor, error: '' }))
    } catch (err) {
      setMore((m) => ({ ...m, error: toCloudError(err).message }))
    }
  }

  const rows = [...(data ?? []), ...more.rows]
  return (
    <Section
      title='操作记录'
      testId='audit'
      aside={
        // The log grows while an admin watches; 刷新 reads it again from the newest.
        <View className='ui-control sf-button ca-inline-button' role='button' tabIndex={0} data-testid='audit-refresh' onClick={() => void retry()}>
          <Text>刷新</Text>
        </View>
      }
    >
      {target ? (
        <View className='ca-line'>
          <Text className='sf-text ca-line__text' data-testid='audit-filter'>{`只看：${rows[0]?.title ?? target}`}</Text>
          <View className='ui-control sf-button ca-inline-button' role='button' tabIndex={0} data-testid='audit-all' onClick={() => setTarget('')}>
            <Text>查看全部</Text>
          </View>
        </View>
      ) : null}
      {status === 'loading' ? <LoadingState rows={3} label='正在加载操作记录…' /> : null}
      {status === 'error' && error ? <ErrorState message={error.message} onRetry={() => void retry()} /> : null}
      {status === 'ready' && rows.length === 0 ? <EmptyState message='没有操作记录' /> : null}
      {status === 'ready'
        ? rows.map((r) => (
            <View key={r.id} className='ca-log' data-testid='audit-row' data-verb={r.verb}>
              <Text className='sf-text'>{`${verbOf(r.verb)}${r.kind ? ` · ${kindOf(r.kind)}` : ''}`}</Text>
              {r.title || r.target ? (
                <View className='ca-log__item' role='link' tabIndex={0} aria-label={`只看“${r.title ?? r.target}”的记录`} data-testid='audit-item' onClick={() => r.target && setTarget(r.target)}>
                  <Text>{r.title ?? r.target}</Text>
                </View>
              ) : null}
              <Text className='sf-meta'>{`${formatDateTime(r.at)} · ${r.actorName ?? r.actor}（${r.roles.map(roleOf).join('、') || '无角色'}）`}</Text>
              {r.reason ? <Text className='sf-meta'>{`原因：${r.reason}`}</Text> : null}
            </View>
          ))
        : null}
      {status === 'ready' && more.cursor ? (
        <View className='ui-control sf-button ca-inline-button' role='button' tabIndex={0} data-testid='audit-more' onClick={() => void loadMore()}>
          <Text>加载更多</Text>
        </View>
      ) : null}
      {more.error ? <Text className='ui-field__message ui-text ui-text--meta-strong ui-tone--brand' role='alert'>{more.error}</Text> : null}
    </Section>
  )
}
