// The editor (staff subpackage, editors), switched by `kind`: places, policies, service pages and
// FAQs get their kind's form (KindEditor); an article has title, channel, summary, source, byline,
// publication date, the blocks, 粘贴导入 from a page's text, a cover, and 预览 as readers will see it (normal and 关怀).
// The draft saves on the server as the editor types (已保存); 提交审核 sends it to a publisher.
// From 768 px the form and the preview sit side by side.
import { useCallback, useEffect, useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { Picker, Textarea } from '@/components/taro-controls'
import { ARTICLE_TITLE_MAX, CONTENT_KIND_KEYS, CONTENT_STATES, type ArticleBody, type ContentDetail, type ContentKind, type EditorBlock } from '@contracts/content-admin/words'
import { ErrorState } from '@/components/error-state'
import { LoadingState } from '@/components/loading-state'
import { toCloudError } from '@/lib/cloud'
import { CONTENT_LIST_PATH } from '@/features/content-admin/content-routes'
import { useReadingSettings } from '@/lib/use-reading-settings'
import { getItem, importPasted, listContentChannels, submitItem } from '@/features/content-admin/api/content-items'
import { BlockEditor } from '@/features/content-admin/components/block-editor'
import { CoverField } from '@/features/content-admin/components/cover-field'
import { useAutosave } from '@/features/content-admin/use-autosave'
import { ArticlePreview } from '@/features/content-admin/components/article-preview'
import { KindEditor, type OtherKind } from '@/features/content-admin/components/kind-editor'
import { Chip, ChipGroup } from '@/components/chip'
import { PageHeader as StaffHead } from '@/components/page-header'
import { hasRole, LoadFailure, NotStaff, useStaffMe } from '@/features/staff'
import { CONTENT_ROLES } from '@contracts/content-admin/roles'
import '@/features/review/components/frame.css'
import '@/features/content-admin/components/block-editor.css'
import { EditorBar } from '@/features/content-admin/components/editor-bar'
import './index.css'

const EMPTY: ArticleBody = { title: '', channel: '工会动态', summary: '', source: '福田区总工会', blocks: [{ type: 'paragraph', text: '' }] }
const SAVE_WORDS = { idle: '', saving: '保存中…', saved: '已保存', conflict: '', error: '' } as const

/** The day readers see, in Shenzhen (YYYY-MM-DD), or ''. */
const dayOf = (iso?: string) => (iso ? new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10) : '')

export default function ContentEditorPage() {
  const reading = useReadingSettings()
  const { params } = useRouter()
  const kind: ContentKind = CONTENT_KIND_KEYS.includes(params.kind as ContentKind) ? (params.kind as ContentKind) : 'article'
  const me = useStaffMe()
  // Opened by its URL, by someone who does not write: the server would refuse every save, so say
  // so at once instead of showing a form that cannot be kept (not even for the moment `me` loads).
  if (!me.data || !hasRole(me.data, ...CONTENT_ROLES.writers)) {
    return (
      <View className={`page sf-page ${reading.rootClassName}`} style={reading.rootStyle} role='main' data-testid='content-editor'>
        {me.error ? <LoadFailure error={me.error} onRetry={() => void me.retry()} /> : null}
        {!me.data && !me.error ? <LoadingState rows={3} label='正在加载…' /> : null}
        {me.data ? <NotStaff message={me.data.isStaff ? '只有编辑可以撰写和修改内容' : undefined} /> : null}
      </View>
    )
  }
  if (kind !== 'article') {
    return (
      <View className={`page sf-page sf-page--with-bar ${reading.rootClassName}`} style={reading.rootStyle} role='main' data-testid='content-editor'>
        <KindEditor kind={kind as OtherKind} id={params.id} />
      </View>
    )
  }
  return <ArticleEditor />
}

function ArticleEditor() {
  const reading = useReadingSettings()
  const { params } = useRouter()
  const [item, setItem] = useState<ContentDetail | null>(null)
  const [body, setBody] = useState<ArticleBody>(EMPTY)
  const [previews, setPreviews] = useState<Record<string, string>>({})
  const [channels, setChannels] = useState<string[]>(['工会动态', '通知公告', '政务信息公开'])
  const [loadError, setLoadError] = useState('')
  const [loading, setLoading] = useState(Boolean(params.id))
  const [pasted, setPasted] = useState('')
  const [pasteNote, setPasteNote] = useState('')
  const [showPreview, setShowPreview] = useState(false)
  const [submitState, setSubmitState] = useState<{ busy: boolean; error: string; done: boolean }>({ busy: false, error: '', done: false })
  const save = useAutosave('article', { id: item?.id, version: item?.version })

  const load = useCallback(async () => {
    listContentChannels()
      .then((r) => r.channels.length && setChannels(r.channels.map((c) => c.name)))
      .catch(() => undefined)
    if (!params.id) return
    setLoading(true)
    try {
      const got = await getItem({ id: params.id, kind: 'article' })
      setItem(got)
      setBody(got.body as ArticleBody)
      setPreviews(got.fileUrls)
      setLoadError('')
    } catch (err) {
      setLoadError(toCloudError(err).message)
    } finally {
      setLoading(false)
    }
  }, [params.id])
  useEffect(() => void load(), [load])

  const frozen = item?.state === 'pending' || item?.state === 'scheduled'
  const change = (next: ArticleBody) => {
    setBody(next)
    // Nothing to save until there is a title (the server would refuse it).
    if (next.title.trim() && !frozen) save.change(next)
  }

  async function doImport() {
    setPasteNote('')
    try {
      const res = await importPasted({ text: pasted })
      const blocks: EditorBlock[] = [...body.blocks.filter((b) => b.type !== 'paragraph' || b.text.trim()), ...res.blocks]
      // What the page does not say keeps the editor's value; a page without a date leaves the date empty.
      change({
        ...body,
        title: body.title || res.title,
        channel: res.channel && channels.includes(res.channel) ? res.channel : body.channel,
        source: res.source || body.source,
        ...(res.byline ? { byline: res.byline } : {}),
        publishedAt: res.publishedAt,
        blocks
      })
      setPasted('')
      setPasteNote(res.warnings.length ? `已导入，请检查：${res.warnings.join('；')}` : '已导入，请检查内容')
    } catch (err) {
      setPasteNote(toCloudError(err).message)
    }
  }

  async function submit() {
    setSubmitState({ busy: true, error: '', done: false })
    try {
      await save.flush()
      const { id, version } = save.current.current
      if (!id || version === undefined) throw new Error('请先填写标题')
      const res = await submitItem({ id, version })
      save.current.current = { id, version: res.version }
      setSubmitState({ busy: false, error: '', done: true })
      setItem((it) => (it ? { ...it, state: res.state, version: res.version } : it))
    } catch (err) {
      setSubmitState({ busy: false, error: toCloudError(err).message, done: false })
    }
  }

  const fieldError = (key: string) => save.fields[key]

  return (
    <View className={`page sf-page sf-page--with-bar ${reading.rootClassName}`} style={reading.rootStyle} role='main' data-testid='content-editor'>
      <StaffHead title={params.id ? '编辑文章' : '新建文章'} subtitle={item ? `${CONTENT_STATES[item.state]} · 第 ${item.revision} 版` : '草稿'} />
      {loading ? <LoadingState rows={3} label='正在打开…' /> : null}
      {loadError ? <ErrorState message={loadError} onRetry={() => void load()} /> : null}
      {!loading && !loadError ? (
        <View className={`sf-split ca-editor${showPreview ? ' ca-editor--previewing' : ''}`}>
          <View className='sf-split__part ca-editor__form'>
            {item?.returnReason && item.state === 'returned' ? (
              <View className='ca-banner ca-banner--warning' role='status' data-testid='return-reason'>
                <Text>{`退回修改：${item.returnReason}`}</Text>
              </View>
            ) : null}
            {frozen ? (
              <View className='ca-banner' role='status'>
                <Text>已提交审核，审核人退回后才能修改。</Text>
              </View>
            ) : null}

            <Text className='ca-field__label'>{`标题（最多 ${ARTICLE_TITLE_MAX} 字）`}</Text>
            <Input className='ui-input' value={body.title} maxlength={ARTICLE_TITLE_MAX} disabled={frozen} aria-label='标题' data-testid='field-title' onInput={(e) => change({ ...body, title: e.detail.value })} />
            {fieldError('body.title') ? <Text className='ca-error'>{fieldError('body.title')}</Text> : null}

            <Text className='ca-field__label'>栏目</Text>
            <ChipGroup radio label='栏目'>
              {channels.map((c) => (
                <Chip key={c} label={c} checked={body.channel === c} onToggle={() => change({ ...body, channel: c })} testId={`channel-${c}`} />
              ))}
            </ChipGroup>

            <Text className='ca-field__label'>摘要（不填则取第一段）</Text>
            <Textarea className='ui-textarea ui-textarea--grow' value={body.summary} maxlength={200} autoHeight disabled={frozen} aria-label='摘要' onInput={(e) => change({ ...body, summary: e.detail.value })} />

            <Text className='ca-field__label'>来源</Text>
            <Input className='ui-input' value={body.source} maxlength={40} disabled={frozen} aria-label='来源' onInput={(e) => change({ ...body, source: e.detail.value })} />
            <Text className='ca-field__label'>作者（记者、通讯员，可不填）</Text>
            <Input className='ui-input' value={body.byline ?? ''} maxlength={60} disabled={frozen} aria-label='作者' onInput={(e) => change({ ...body, byline: e.detail.value || undefined })} />

            <Text className='ca-field__label'>发布日期（不填则为发布当天）</Text>
            <View className='ca-when'>
              <Picker mode='date' value={dayOf(body.publishedAt)} disabled={frozen} onChange={(e) => change({ ...body, publishedAt: new Date(`${String(e.detail.value)}T09:00:00+08:00`).toISOString() })}>
                <View className='ui-picker' role='button' tabIndex={0} aria-label={`发布日期：${dayOf(body.publishedAt) || '未填写'}`} data-testid='field-date'>
                  <Text className={body.publishedAt ? 'ui-picker__value' : 'ui-picker__placeholder'}>{dayOf(body.publishedAt) || '未填写'}</Text>
                </View>
              </Picker>
              {body.publishedAt && !frozen ? (
                <View className='ui-control sf-button ca-inline-button' role='button' tabIndex={0} data-testid='clear-date' onClick={() => change({ ...body, publishedAt: undefined })}>
                  <Text>清空日期</Text>
                </View>
              ) : null}
            </View>
            {fieldError('body.publishedAt') ? <Text className='ca-error'>{fieldError('body.publishedAt')}</Text> : null}

            {!frozen ? (
              <View className='ca-paste card'>
                <Text className='ca-field__label'>粘贴导入：把工会网站页面或公众号文章的文字粘贴到这里</Text>
                <Textarea className='ui-textarea ui-textarea--grow' value={pasted} maxlength={100000} aria-label='粘贴页面文字' data-testid='paste-text' onInput={(e) => setPasted(e.detail.value)} />
                <View className='ui-control sf-button ca-paste__button' role='button' tabIndex={0} data-testid='paste-import' aria-disabled={pasted.trim() ? 'false' : 'true'} onClick={() => pasted.trim() && void doImport()}>
                  <Text>导入为内容块</Text>
                </View>
                {pasteNote ? <Text className='sf-meta' role='status' data-testid='paste-note'>{pasteNote}</Text> : null}
              </View>
            ) : null}

            <Text className='ca-field__label'>正文</Text>
            <BlockEditor
              blocks={body.blocks}
              previews={previews}
              errors={save.fields}
              onChange={(blocks, preview) => {
                if (preview) setPreviews((p) => ({ ...p, [preview.fileID]: preview.url }))
                change({ ...body, blocks })
              }}
            />

            <CoverField
              cover={body.cover}
              previews={previews}
              pictures={body.blocks.flatMap((b) => (b.type === 'image' && b.fileID ? [b.fileID] : []))}
              disabled={frozen}
              onChange={(cover, preview) => {
                if (preview) setPreviews((p) => ({ ...p, [preview.fileID]: preview.url }))
                change({ ...body, cover })
              }}
            />
          </View>

          <View className={`sf-split__part ca-editor__preview${showPreview ? ' ca-editor__preview--open' : ''}`}>
            <ArticlePreview body={body} urls={previews} />
          </View>
        </View>
      ) : null}

      <EditorBar
        label='文章操作'
        status={save.status === 'conflict' || save.status === 'error' ? save.message : body.title.trim() ? SAVE_WORDS[save.status] : '填写标题后自动保存'}
        conflict={save.status === 'conflict'}
        onReload={() => void load()}
        canSubmit={!frozen}
        submitState={submitState}
        onSubmit={() => void submit()}
        listUrl={CONTENT_LIST_PATH}
      >
        <View className='ui-control sf-button ca-bar__preview' role='button' tabIndex={0} data-testid='toggle-preview' aria-pressed={showPreview ? 'true' : 'false'} onClick={() => setShowPreview((v) => !v)}>
          <Text>{showPreview ? '返回编辑' : '预览'}</Text>
        </View>
      </EditorBar>
    </View>
  )
}
