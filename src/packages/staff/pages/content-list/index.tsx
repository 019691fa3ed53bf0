// 内容管理 (staff subpackage): the union's content by kind — 文章, 阵地, 服务, 常见问题, 圆梦计划政策 —
// and by state (草稿, 待审核, 已排期, 已发布, 退回修改, 已下线), newest change first; 线上内容 lists
// what readers see now, including imported and synced articles and seeded places never edited
// here, searchable by title, so staff can open them. Editors open the editor (and start a new
// item); publishers open the review. From 768 px the choices sit in a column beside the list.
import { useCallback, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { Tappable } from '@/components/tappable'
import { CONTENT_KIND_KEYS, CONTENT_KINDS, CONTENT_STATE_KEYS, CONTENT_STATES, type ContentKind, type ContentRow, type ContentState } from '@contracts/content-admin/words'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { FormField } from '@/components/form-field'
import { LoadingState } from '@/components/loading-state'
import { formatDateTime } from '@/lib/dates'
import { CONTENT_CHANNELS_PATH, CONTENT_SETTINGS_PATH, contentEditorPath, contentReviewPath } from '@/features/content-admin/content-routes'
import { useLoad } from '@/lib/use-load'
import { useReadingSettings } from '@/lib/use-reading-settings'
import { usePullToReload, useReloadOnReturn } from '@/lib/use-reload'
import { listItems, listLive } from '@/features/content-admin/api/content-items'
import { Chip } from '@/components/chip'
import { PageHeader as StaffHead } from '@/components/page-header'
import { hasRole, NotStaff, useStaffMe } from '@/features/staff'
import { CONTENT_ROLES } from '@contracts/content-admin/roles'
import '@/features/review/components/frame.css'
import './index.css'

type ListView = ContentState | 'live'

/** A row of either list: an item (with its state) or a readers' document (state only when managed). */
interface Row {
  id: string
  kind: ContentKind
  title: string
  state?: ContentState
  meta: string
  item?: ContentRow
}

const NEW_WORDS: Record<ContentKind, string> = { article: '新建文章', place: '新建阵地', service: '新建服务', faq: '新建问题', policy: '新建年度政策' }

export default function ContentListPage() {
  const reading = useReadingSettings()
  const { params } = useRouter()
  const me = useStaffMe()
  const [kind, setKind] = useState<ContentKind>(() => (CONTENT_KIND_KEYS.includes(params.kind as ContentKind) ? (params.kind as ContentKind) : 'article'))
  const [view, setView] = useState<ListView>('pending')
  const [search, setSearch] = useState('')
  const load = useCallback(async (): Promise<Row[]> => {
    if (view === 'live') {
      const { items } = await listLive({ kind, limit: 50, ...(search.trim() ? { search: search.trim() } : {}) })
      return items.map((r) => ({ id: r.id, kind: r.kind, title: r.title, meta: r.meta, ...(r.item ? { state: r.item.state } : {}) }))
    }
    const { items } = await listItems({ kind, state: view, limit: 50 })
    return items.map((r) => ({ id: r.id, kind: r.kind, title: r.title, state: r.state, meta: r.publishAt ? `定时 ${formatDateTime(r.publishAt)}` : `更新于 ${formatDateTime(r.updatedAt)}`, item: r }))
  }, [kind, view, search])
  // Rows stay while the same view reloads or its search is typed, never under another view's
  // chips: a tap there would open an item of the view just left.
  const { status, data, error, retry } = useLoad(load, { keepPrevious: `${kind}/${view}` })
  useReloadOnReturn(retry)
  usePullToReload(retry)

  // A row opens the review or the editor by the caller's roles, so rows wait for them: a publisher
  // who tapped a row before their roles had arrived was sent to the editor.
  const rows = me.data && data && status !== 'error' ? data : null
  const editor = hasRole(me.data, ...CONTENT_ROLES.writers)
  const publisher = hasRole(me.data, ...CONTENT_ROLES.publishers)
  const open = (row: Row) => {
    // Live content never edited here is published as far as the life cycle goes.
    const state = row.state ?? 'published'
    const toReview = publisher && (!editor || state === 'pending' || state === 'scheduled' || state === 'published')
    void Taro.navigateTo({ url: toReview ? contentReviewPath(row.id, row.kind) : contentEditorPath(row.id, row.kind) })
  }

  if (me.data && !hasRole(me.data, ...CONTENT_ROLES.readers)) {
    return (
      <View className={`page sf-page ${reading.rootClassName}`} style={reading.rootStyle}>
        <NotStaff />
      </View>
    )
  }

  const what = CONTENT_KINDS[kind]
  return (
    <View className={`page sf-page ${reading.rootClassName}`} style={reading.rootStyle} role='main' data-testid='content-list'>
      <StaffHead title='内容管理' subtitle='文章、阵地、服务、常见问题和圆梦计划政策的撰写、审核与发布' />
      <View className='ca-columns'>
        <View className='ca-states'>
          <View className='ca-chips' role='radiogroup' aria-label='内容类型'>
            {CONTENT_KIND_KEYS.map((k) => (
              <Chip key={k} label={CONTENT_KINDS[k]} checked={kind === k} onToggle={() => setKind(k)} testId={`kind-${k}`} />
            ))}
          </View>
          <View className='ca-chips' role='radiogroup' aria-label='按状态查看'>
            <Chip label='线上内容' checked={view === 'live'} onToggle={() => setView('live')} testId='state-live' />
            {CONTENT_STATE_KEYS.map((s) => (
              <Chip key={s} label={CONTENT_STATES[s]} checked={view === s} onToggle={() => setView(s)} testId={`state-${s}`} />
            ))}
          </View>
          {editor ? (
            <View className='ui-control sf-button ui-button ui-button--primary ca-new' role='button' tabIndex={0} data-testid={kind === 'article' ? 'new-article' : `new-${kind}`} onClick={() => void Taro.navigateTo({ url: contentEditorPath(undefined, kind) })}>
              <Text>{NEW_WORDS[kind]}</Text>
            </View>
          ) : null}
          {publisher || hasRole(me.data, ...CONTENT_ROLES.auditors) ? (
            <View className='ui-control sf-button ca-new ca-settings-link' role='link' tabIndex={0} data-testid='open-settings' onClick={() => void Taro.navigateTo({ url: CONTENT_SETTINGS_PATH })}>
              <Text>栏目、头条与操作记录</Text>
            </View>
          ) : null}
          {hasRole(me.data, ...CONTENT_ROLES.syncers) ? (
            <View className='ui-control sf-button ui-button ui-button--secondary ca-new' role='button' tabIndex={0} data-testid='open-channels' onClick={() => void Taro.navigateTo({ url: CONTENT_CHANNELS_PATH })}>
              <Text>同步与自动发布</Text>
            </View>
          ) : null}
        </View>
        <View className='ca-list'>
          {view === 'live' ? (
            <FormField id='live-search-field' label={`按名称查找${what}`}>
              <Input className='ui-input' value={search} maxlength={40} placeholder='输入标题或名称中的字词' placeholderClass='ui-placeholder' nativeProps={{ 'aria-label': `按名称查找${what}` }} data-testid='live-search' onInput={(e) => setSearch(e.detail.value)} />
            </FormField>
          ) : null}
          {(status === 'loading' && !data) || me.status === 'loading' ? <LoadingState rows={3} label='正在加载…' /> : null}
          {me.status === 'error' && me.error ? <ErrorState message={me.error.message} onRetry={() => void me.retry()} /> : null}
          {status === 'error' && error && me.status !== 'error' ? <ErrorState message={error.message} onRetry={() => void retry()} /> : null}
          {rows && rows.length === 0 ? <EmptyState message={view === 'live' ? `没有找到线上的${what}` : `没有${CONTENT_STATES[view]}的${what}`} /> : null}
          {rows
            ? rows.map((row) => (
                <Tappable key={row.id} className='ca-row card' data-testid='content-row' data-id={row.id} onClick={() => open(row)}>
                  <Text className='ca-row__title'>{row.title}</Text>
                  <View className='ca-row__meta'>
                    {row.state ? <Text className={`ca-tag ca-tag--${row.state}`}>{CONTENT_STATES[row.state]}</Text> : <Text className='ca-tag ca-tag--published'>线上</Text>}
                    {row.item?.live && row.state !== 'published' ? <Text className='ca-tag ca-tag--published'>线上有已发布版本</Text> : null}
                    {row.item?.pin ? <Text className='ca-tag ca-tag--pinned'>{`头条 ${row.item.pin.rank + 1}`}</Text> : null}
                    <Text className='sf-meta'>{row.meta}</Text>
                  </View>
                  {row.item?.returnReason ? <Text className='sf-meta'>{`退回原因：${row.item.returnReason}`}</Text> : null}
                  {row.item?.withdrawReason && row.state === 'withdrawn' ? <Text className='sf-meta'>{`下线原因：${row.item.withdrawReason}`}</Text> : null}
                </Tappable>
              ))
            : null}
        </View>
      </View>
    </View>
  )
}
