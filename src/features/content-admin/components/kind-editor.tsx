// The editor of a place, a year's policy, a service page or a FAQ: the kind's form, saved on the
// server as staff type (已保存), with what readers will see beside it from 768 px, and 提交审核.
// A refusal the form cannot foresee (a frozen policy's 409) shows as a banner naming what cannot
// change. Opening content that predates content management adopts it (get with its kind).
import { useCallback, useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import { CONTENT_KINDS, CONTENT_STATES, type AnyBody, type ContentDetail, type ContentKind, type FaqBody, type PlaceBody, type PolicyBody, type ServiceBody } from '@contracts/content-admin/words'
import { Banner, BannerText } from '@/components/banner'
import { ErrorState } from '@/components/error-state'
import { LoadingState } from '@/components/loading-state'
import { PageHeader } from '@/components/page-header'
import { toCloudError } from '@/lib/cloud'
import { getItem, listLive, submitItem } from '../api/content-items'
import { CONTENT_LIST_PATH } from '../content-routes'
import { useAutosave } from '../use-autosave'
import { EditorBar, type SubmitState } from './editor-bar'
import { KindSummary } from './kind-summary'
import { EMPTY_PLACE, PlaceForm, pointProblem } from './place-form'
import { nextYearPolicy, PolicyForm } from './policy-form'
import { EMPTY_FAQ, EMPTY_SERVICE, FaqForm, ServiceForm } from './service-form'

export type OtherKind = Exclude<ContentKind, 'article'>
const SAVE_WORDS = { idle: '', saving: '保存中…', saved: '已保存', conflict: '', error: '' } as const

/** A new item's starting body (a new policy starts from the latest year's). */
async function blank(kind: OtherKind): Promise<AnyBody> {
  if (kind === 'place') return EMPTY_PLACE
  if (kind === 'service') return EMPTY_SERVICE
  if (kind === 'faq') return EMPTY_FAQ
  const [latest] = (await listLive({ kind: 'policy', limit: 1 })).items
  return nextYearPolicy(latest ? ((await getItem({ id: latest.id, kind: 'policy' })).body as PolicyBody) : null)
}

/** What must be filled before a save is worth sending ('' when ready), in the words staff read. */
function notReady(kind: OtherKind, body: AnyBody): string {
  if (kind === 'place') {
    const b = body as PlaceBody
    if (!b.name.trim()) return '填写名称后自动保存'
    if (b.closedNote !== undefined && !b.closedNote.trim()) return '请写明暂停开放说明'
    return pointProblem(b)
  }
  if (kind === 'service') return (body as ServiceBody).name.trim() ? '' : '填写名称后自动保存'
  if (kind === 'faq') return (body as FaqBody).question.trim() ? '' : '填写问题后自动保存'
  return Number.isInteger((body as PolicyBody).year) ? '' : '填写年度后自动保存'
}

export function KindEditor({ kind, id }: { kind: OtherKind; id?: string }) {
  const [item, setItem] = useState<ContentDetail | null>(null)
  const [body, setBody] = useState<AnyBody | null>(null)
  const [loadError, setLoadError] = useState('')
  const [submitState, setSubmitState] = useState<SubmitState>({ busy: false, error: '', done: false })
  const save = useAutosave(kind, { id: item?.id, version: item?.version })

  const load = useCallback(async () => {
    setLoadError('')
    setBody(null)
    try {
      if (id) {
        const got = await getItem({ id, kind })
        setItem(got)
        setBody(got.body)
      } else setBody(await blank(kind))
    } catch (err) {
      setLoadError(toCloudError(err).message)
    }
  }, [id, kind])
  useEffect(() => void load(), [load])

  const frozen = item?.state === 'pending' || item?.state === 'scheduled'
  const waiting = body ? notReady(kind, body) : ''
  const change = (next: AnyBody) => {
    setBody(next)
    if (!frozen && !notReady(kind, next)) save.change(next)
  }

  async function submit() {
    setSubmitState({ busy: true, error: '', done: false })
    try {
      await save.flush()
      const { id: at, version } = save.current.current
      if (!at || version === undefined) throw new Error(waiting || '请先填写内容')
      const res = await submitItem({ id: at, version })
      save.current.current = { id: at, version: res.version }
      setItem((it) => (it ? { ...it, state: res.state, version: res.version } : it))
      setSubmitState({ busy: false, error: '', done: true })
    } catch (err) {
      setSubmitState({ busy: false, error: toCloudError(err).message, done: false })
    }
  }

  const form = { errors: save.fields, disabled: frozen, isNew: !id && !item }
  const name = CONTENT_KINDS[kind]
  return (
    <View data-testid='kind-editor' data-kind={kind}>
      <PageHeader title={id ? `编辑${name}` : `新建${name}`} subtitle={item ? `${CONTENT_STATES[item.state]} · 第 ${item.revision} 版` : '草稿'} />
      {!body && !loadError ? <LoadingState rows={3} label='正在打开…' /> : null}
      {loadError ? <ErrorState message={loadError} onRetry={() => void load()} /> : null}
      {body ? (
        <View className='sf-split ca-editor ca-editor--kind'>
          <View className='sf-split__part ca-editor__form'>
            {item?.returnReason && item.state === 'returned' ? (
              <Banner tone='warning' title='退回修改' testId='return-reason'>
                <BannerText>{item.returnReason}</BannerText>
              </Banner>
            ) : null}
            {frozen ? (
              <Banner tone='info'>
                <BannerText>已提交审核，审核人退回后才能修改。</BannerText>
              </Banner>
            ) : null}
            {save.status === 'error' && Object.keys(save.fields).length === 0 ? (
              <Banner tone='error' title='未能保存' testId='save-refused' alert>
                <BannerText>{save.message}</BannerText>
              </Banner>
            ) : null}
            {kind === 'place' ? <PlaceForm body={body as PlaceBody} onChange={change} {...form} /> : null}
            {kind === 'policy' ? <PolicyForm body={body as PolicyBody} onChange={change} {...form} /> : null}
            {kind === 'service' ? <ServiceForm body={body as ServiceBody} onChange={change} {...form} /> : null}
            {kind === 'faq' ? <FaqForm body={body as FaqBody} onChange={change} {...form} /> : null}
          </View>
          <View className='sf-split__part ca-editor__preview ca-editor__preview--wide'>
            <KindSummary kind={kind} body={body} />
          </View>
        </View>
      ) : null}

      <EditorBar
        label={`${name}操作`}
        status={save.status === 'conflict' || save.status === 'error' ? save.message : waiting || SAVE_WORDS[save.status]}
        conflict={save.status === 'conflict'}
        onReload={() => void load()}
        canSubmit={!frozen && Boolean(body)}
        submitState={submitState}
        onSubmit={() => void submit()}
        listUrl={`${CONTENT_LIST_PATH}?kind=${kind}`}
      />
    </View>
  )
}
