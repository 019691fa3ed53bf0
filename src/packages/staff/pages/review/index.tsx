// One application as staff review it (staff subpackage): the sections with masked numbers and
// 查看完整号码 (a recorded reason first; the value shows only here, until the page is left), the
// materials (images in the viewer, PDFs as documents), the history with who did each step, and the
// decision bar with what the caller may decide now. A decision carries the version shown; if
// someone acted first the server's words show with 刷新.
import { useCallback, useEffect, useRef, useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { Decision, ReviewDetail, RevealableField } from '@contracts/dream-plan/review'
import { LoadingState } from '@/components/loading-state'
import { formatDate, formatDateTime } from '@/lib/dates'
import { readParam } from '@/lib/routes'
import { useLoad } from '@/lib/use-load'
import { useReadingSettings } from '@/lib/use-reading-settings'
import { usePullToReload } from '@/lib/use-reload'
import { Banner } from '@/components/banner'
import { LoadFailure } from '@/features/staff/components/not-staff'
import { Section } from '@/components/section'
import { PageHeader } from '@/components/page-header'
import { StatusTag } from '@/features/review/components/status-tag'
import { DecisionBar } from '@/features/review/components/decision-bar'
import { ListRow as Row } from '@/components/list-row'
import { RevealDialog, RevealNumber } from '@/features/review/components/reveal-number'
import { ReviewHistory } from '@/features/review/components/review-history'
import { ReviewMaterials } from '@/features/review/components/review-materials'
import { getReview } from '@/features/review/api/get'
import { formatIsoDay, formatYuan, lastDay } from '@/features/review/labels'
import { DECISIONS, REVIEW_STAGES } from '@contracts/dream-plan/review-words'
import { APPLICATION_STATUSES } from '@contracts/dream-plan/application'
import { ApplicationFacts } from '@/features/dream-plan'
import '@/features/review/components/frame.css'

const NUMBER_TEST_IDS = { idNumber: 'id-number', mobile: 'mobile', cardNumber: 'card-number' } as const

export default function ReviewPage() {
  const router = useRouter()
  const id = readParam(router.params.id)
  const reading = useReadingSettings()
  const load = useCallback(() => getReview(id), [id])
  const { status, data, error, retry } = useLoad(load, { keepPrevious: true })
  const [latest, setLatest] = useState<ReviewDetail | null>(null)
  const [revealed, setRevealed] = useState<Partial<Record<RevealableField, string>>>({})
  const [revealing, setRevealing] = useState<RevealableField | null>(null)
  const [conflict, setConflict] = useState<string>('')
  const [done, setDone] = useState<string>('')
  const lastId = useRef(id)

  useEffect(() => setLatest(null), [data])
  useEffect(() => {
    // Full numbers belong to this view only.
    if (lastId.current !== id) setRevealed({})
    lastId.current = id
  }, [id])

  const refresh = async () => {
    setConflict('')
    setDone('')
    await retry()
  }

  usePullToReload(refresh)

  const app = latest ?? data

  const decided = (updated: ReviewDetail, decision: Decision) => {
    setLatest(updated)
    setConflict('')
    setDone(`已${DECISIONS[decision]}：${APPLICATION_STATUSES[updated.status]}${updated.stage && updated.status === 'in_review' ? ` · ${REVIEW_STAGES[updated.stage]}` : ''}`)
  }

  const number = (field: RevealableField, masked: string, testId: string) => (
    <RevealNumber field={field} masked={masked} full={revealed[field]} canReveal={Boolean(app?.revealable.includes(field))} testId={testId} onAsk={setRevealing} />
  )

  // After a conflict the buttons would act on a stale version: only 刷新 is offered then.
  const hasBar = Boolean(app && app.decisions.length && status !== 'error' && !conflict)

  return (
    <View className={`page sf-page${hasBar ? ' sf-page--with-bar' : ''} ${reading.rootClassName}`} style={reading.rootStyle} role='main' data-testid='staff-review'>
      {status === 'loading' && !app ? <LoadingState rows={3} label='正在加载申请…' /> : null}
      {status === 'error' && error ? (
        <LoadFailure error={error} onRetry={() => void refresh()} />
      ) : null}

      {app && status !== 'error' ? (
        <View data-testid='review-detail'>
          <PageHeader title={app.name} subtitle={`申报序号 ${app.applicationNo || '生成中'}`}>
            <View className='ui-page-header__row'>
              <StatusTag row={app} />
            </View>
          </PageHeader>

          {conflict ? (
            <Banner tone='warning' title='未能提交' testId='conflict' alert>
              <Text className='sf-text' data-testid='conflict-message'>{conflict}</Text>
              <Button className='ui-control sf-button ui-button ui-button--primary' role='button' tabIndex={0} data-testid='conflict-refresh' onClick={() => void refresh()}>
                刷新
              </Button>
            </Banner>
          ) : null}
          {done ? (
            <Banner tone='success' testId='decision-done'>
              <Text className='sf-text'>{done}</Text>
            </Banner>
          ) : null}
          {status === 'loading' ? <Text className='sf-meta sf-list-note' role='status'>正在刷新…</Text> : null}

          <Section title='申请信息' testId='review-summary'>
            <Row label='申报序号' value={app.applicationNo || '编号生成中'} testId='review-number' />
            <Row label='年度' value={`${app.year}年度`} />
            <Row label='补贴金额' value={`${formatYuan(app.amount)} 元`} />
            <Row label='提交时间' value={formatDateTime(app.submittedAt)} />
            <Row label='当前状态' value={`${APPLICATION_STATUSES[app.status]}${app.stage && app.status === 'in_review' ? ` · ${REVIEW_STAGES[app.stage]}` : ''}`} testId='review-status' />
            {app.publicity ? <Row label='公示期' value={`${formatDate(app.publicity.startsAt)} 至 ${lastDay(app.publicity.endsAt)}`} /> : null}
            {app.payment ? <Row label='发放' value={`批次 ${app.payment.batchNo}，${formatIsoDay(app.payment.paidAt)}`} /> : null}
          </Section>

          <ApplicationFacts app={app} Group={Section} testIdPrefix='review' number={(field, masked) => number(field, masked, NUMBER_TEST_IDS[field])} />

          <Section title='申请材料' testId='review-materials'>
            <ReviewMaterials materials={app.materials} />
          </Section>

          <Section title='办理记录' testId='review-history'>
            <ReviewHistory history={app.history} />
          </Section>

          {app.decisions.length === 0 ? (
            <Banner tone='info' testId='no-decisions'>
              <Text className='sf-text'>当前环节您无需处理这份申请。</Text>
            </Banner>
          ) : null}
        </View>
      ) : null}

      {revealing && app ? (
        <RevealDialog
          applicationId={app.id}
          field={revealing}
          onRevealed={(field, value) => {
            setRevealed((r) => ({ ...r, [field]: value }))
            setRevealing(null)
          }}
          onCancel={() => setRevealing(null)}
        />
      ) : null}

      <DecisionBar app={app} shown={hasBar} onDecided={decided} onConflict={setConflict} />
    </View>
  )
}
