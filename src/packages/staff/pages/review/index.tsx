// One application as staff review it (staff subpackage): the sections with masked numbers and
// 查看完整号码 (a recorded reason first; the value shows only here, until the page is left), the
// materials (images in the viewer, PDFs as documents), the history with who did each step, and the
// decision bar with what the caller may decide now. A decision carries the version shown; if
// someone acted first the server's words show with 刷新.
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { Decision, ReviewActor, ReviewDetail, RevealableField } from '@contracts/dream-plan/review'
import { ErrorState } from '@/components/error-state'
import { LoadingState } from '@/components/loading-state'
import { toCloudError } from '@/lib/cloud'
import { formatDate, formatDateTime } from '@/lib/dates'
import { readParam } from '@/lib/routes'
import { useLoad } from '@/lib/use-load'
import { useReadingSettings } from '@/lib/use-reading-settings'
import { Banner, NotStaff, Section, StaffHead, StatusTag } from '../../components/bits'
import { StaffDialog, type ReasonRule } from '../../components/dialog'
import { decide, getReview, revealNumber } from '../../shared/api'
import { isImage, openMaterial } from '../../shared/files'
import { formatIsoDay, formatYuan, lastDay, roleName } from '../../shared/labels'
import { DECISION_WORDS as DECISIONS, REVEALABLE_WORDS as REVEALABLE_FIELDS, STAGE_WORDS as REVIEW_STAGES, STATUS_WORDS as APPLICATION_STATUSES } from '../../shared/words'
import '../../components/staff.css'

const MATERIAL_NAMES: Record<string, string> = { enrolmentProof: '录取通知书或学籍证明', tuitionReceipt: '学费缴费凭证' }

const DECISION_TEXT: Record<Decision, { title: string; text: string; reason?: ReasonRule; danger?: boolean; tone: string }> = {
  accept: { title: '受理这份申请？', text: '受理后进入街道初审。', tone: 'primary' },
  pass: { title: '审核通过？', text: '街道初审通过后转区总复审；区总复审通过后申请即为“已通过”，等待公示。', tone: 'primary', reason: { label: '审核意见', min: 0, max: 200, placeholder: '选填，如：材料齐全' } },
  return: {
    title: '退回补正',
    text: '申请人会看到下面的原因，按原因修改后重新提交，回到当前审核环节。',
    tone: 'secondary',
    reason: { label: '退回原因', min: 2, max: 200, placeholder: '如：学费发票不清晰，请重新上传', hint: '申请人会看到这段文字，请写清楚需要补充或更正什么。' }
  },
  reject: {
    title: '不通过',
    text: '不通过后申请结束，申请人会看到下面的原因。',
    tone: 'danger',
    danger: true,
    reason: { label: '不通过原因', min: 2, max: 200, placeholder: '如：就读院校不在资助范围内', hint: '申请人会看到这段文字。' }
  }
}

function actorName(by: ReviewActor): string {
  if (by.kind === 'applicant') return '申请人'
  return `${by.name ?? '工作人员'}（${roleName(by.role)}）`
}

function Row({ label, value, testId, children }: { label: string; value?: string; testId?: string; children?: ReactNode }) {
  if (!value && !children) return null
  return (
    <View className='sf-kv'>
      <Text className='sf-kv__label'>{label}</Text>
      <View className='sf-kv__value'>
        {value ? <Text data-testid={testId} userSelect>{value}</Text> : null}
        {children}
      </View>
    </View>
  )
}

export default function ReviewPage() {
  const router = useRouter()
  const id = readParam(router.params.id)
  const reading = useReadingSettings()
  const load = useCallback(() => getReview(id), [id])
  const { status, data, error, retry } = useLoad(load, { keepPrevious: true })
  const [latest, setLatest] = useState<ReviewDetail | null>(null)
  const [revealed, setRevealed] = useState<Partial<Record<RevealableField, string>>>({})
  const [revealing, setRevealing] = useState<{ field: RevealableField; busy: boolean; error?: string } | null>(null)
  const [deciding, setDeciding] = useState<{ decision: Decision; busy: boolean; error?: string } | null>(null)
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

  usePullDownRefresh(() => {
    void refresh().finally(() => Taro.stopPullDownRefresh())
  })

  const app = latest ?? data

  const reveal = async (reason: string) => {
    if (!app || !revealing) return
    setRevealing({ ...revealing, busy: true, error: undefined })
    try {
      const res = await revealNumber(app.id, revealing.field, reason)
      setRevealed((r) => ({ ...r, [res.field]: res.value }))
      setRevealing(null)
    } catch (err) {
      setRevealing({ ...revealing, busy: false, error: toCloudError(err).message })
    }
  }

  const submitDecision = async (reason: string) => {
    if (!app || !deciding) return
    setDeciding({ ...deciding, busy: true, error: undefined })
    try {
      const updated = await decide({ id: app.id, version: app.version, decision: deciding.decision, ...(reason ? { reason } : {}) })
      setLatest(updated)
      setDeciding(null)
      setConflict('')
      setDone(`已${DECISIONS[deciding.decision]}：${APPLICATION_STATUSES[updated.status]}${updated.stage && updated.status === 'in_review' ? ` · ${REVIEW_STAGES[updated.stage]}` : ''}`)
      void Taro.showToast({ title: `已${DECISIONS[deciding.decision]}`, icon: 'success', duration: 1500 })
    } catch (err) {
      const e = toCloudError(err)
      if (e.code === 'CONFLICT' || e.code === 'WRONG_STATE') {
        setDeciding(null)
        setConflict(e.message)
      } else {
        setDeciding({ ...deciding, busy: false, error: e.fields?.reason ?? e.message })
      }
    }
  }

  const number = (field: RevealableField, masked: string, testId: string) => {
    const full = revealed[field]
    const canReveal = app?.revealable.includes(field) && !full
    return (
      <View>
        <Text data-testid={testId} userSelect>{full ?? masked}</Text>
        {full ? <Text className='sf-kv__full'>完整号码，仅本次查看，已记录</Text> : null}
        {canReveal ? (
          <View className='sf-link' role='button' tabIndex={0} data-testid={`reveal-${field}`} onClick={() => setRevealing({ field, busy: false })}>
            <Text>查看完整号码</Text>
          </View>
        ) : null}
      </View>
    )
  }

  const forbidden = status === 'error' && error?.code === 'FORBIDDEN'
  // After a conflict the buttons would act on a stale version: only 刷新 is offered then.
  const hasBar = Boolean(app && app.decisions.length && status !== 'error' && !conflict)

  return (
    <View className={`page sf-page${hasBar ? ' sf-page--with-bar' : ''} ${reading.rootClassName}`} style={reading.rootStyle} role='main' data-testid='staff-review'>
      {status === 'loading' && !app ? <LoadingState rows={3} label='正在加载申请…' /> : null}
      {status === 'error' && error ? (
        forbidden ? <NotStaff message={error.message} /> : <ErrorState message={error.message} onRetry={() => void refresh()} />
      ) : null}

      {app && status !== 'error' ? (
        <View data-testid='review-detail'>
          <StaffHead title={app.name} subtitle={`申报序号 ${app.applicationNo || '生成中'}`}>
            <View className='sf-head__roles'>
              <StatusTag row={app} />
            </View>
          </StaffHead>

          {conflict ? (
            <Banner tone='warning' title='未能提交' testId='conflict' alert>
              <Text className='sf-text' data-testid='conflict-message'>{conflict}</Text>
              <Button className='sf-button sf-button--primary' role='button' tabIndex={0} data-testid='conflict-refresh' onClick={() => void refresh()}>
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

          <Section title='个人信息' testId='review-personal'>
            <Row label='姓名' value={app.personal.name} />
            <Row label='身份证号'>{number('idNumber', app.personal.idNumberMasked, 'id-number')}</Row>
            <Row label='手机号'>{number('mobile', app.personal.mobileMasked, 'mobile')}</Row>
            <Row label='会员证号' value={app.personal.memberNumber} />
            <Row label='所在工会组织' value={app.personal.unionOrganisation} />
          </Section>

          <Section title='工作信息' testId='review-work'>
            <Row label='工作单位' value={app.work.employer} />
            <Row label='统一社会信用代码' value={app.work.creditCode} />
            <Row label='单位所在街道' value={app.work.street} />
            <Row label='在福田工作起始' value={formatIsoDay(app.work.workingInFutianSince)} />
          </Section>

          <Section title='学历信息' testId='review-education'>
            <Row label='就读学校' value={app.education.school} />
            <Row label='专业' value={app.education.major} />
            <Row label='学历层次' value={app.education.level} />
            <Row label='学习形式' value={app.education.studyMode} />
            <Row label='入学日期' value={formatIsoDay(app.education.enrolledOn)} />
            <Row label='预计毕业' value={formatIsoDay(app.education.expectedGraduation)} />
            <Row label='学号' value={app.education.studentNumber} />
          </Section>

          <Section title='收款信息' testId='review-bank'>
            <Row label='开户银行' value={app.bank.bankName} />
            <Row label='开户人' value={app.bank.accountHolder} />
            <Row label='银行卡号'>{number('cardNumber', app.bank.cardNumberMasked, 'card-number')}</Row>
          </Section>

          <Section title='申请材料' testId='review-materials'>
            {app.materials.length === 0 ? <Text className='sf-meta'>没有材料</Text> : null}
            {app.materials.map((file) => (
              <View
                key={file.kind}
                className='sf-file'
                hoverClass='sf-file--pressed'
                role='link'
                tabIndex={0}
                data-testid='review-material'
                onClick={() => void openMaterial(file)}
              >
                <Text className='sf-file__badge' aria-hidden='true'>{isImage(file) ? '图片' : 'PDF'}</Text>
                <View className='sf-file__text'>
                  <Text className='sf-text'>{MATERIAL_NAMES[file.kind] ?? file.name}</Text>
                  <Text className='sf-meta'>{file.name}</Text>
                </View>
                <Text className='sf-file__action'>{isImage(file) ? '查看' : '打开'}</Text>
              </View>
            ))}
          </Section>

          <Section title='办理记录' testId='review-history'>
            <View role='list'>
              {[...app.history].reverse().map((entry, i) => (
                <View key={`${entry.at}-${i}`} className={`sf-timeline__entry${i === 0 ? ' sf-timeline__entry--latest' : ''}`} role='listitem' data-testid='history-entry'>
                  <Text className='sf-timeline__status'>
                    {`${entry.from ? `${APPLICATION_STATUSES[entry.from]} → ` : ''}${APPLICATION_STATUSES[entry.to] ?? entry.to}${entry.stage ? ` · ${REVIEW_STAGES[entry.stage]}` : ''}`}
                  </Text>
                  <Text className='sf-meta'>{`${formatDateTime(entry.at)} · ${actorName(entry.by)}`}</Text>
                  {entry.reason ? <Text className='sf-timeline__reason' userSelect>{`原因：${entry.reason}`}</Text> : null}
                  {entry.note ? <Text className='sf-meta'>{entry.note}</Text> : null}
                </View>
              ))}
            </View>
          </Section>

          {app.decisions.length === 0 ? (
            <Banner tone='info' testId='no-decisions'>
              <Text className='sf-text'>当前环节您无需处理这份申请。</Text>
            </Banner>
          ) : null}
        </View>
      ) : null}

      {hasBar && app ? (
        <View className='sf-bar' role='region' aria-label='审核操作' data-testid='decision-bar'>
          <Text className='sf-bar__version'>{`审核的是第 ${app.version} 版`}</Text>
          {app.decisions.map((d) => (
            <Button
              key={d}
              className={`sf-button sf-button--${DECISION_TEXT[d].tone === 'primary' ? 'primary' : DECISION_TEXT[d].tone === 'danger' ? 'danger' : 'secondary'}`}
              role='button'
              tabIndex={0}
              data-testid={`decide-${d}`}
              onClick={() => setDeciding({ decision: d, busy: false })}
            >
              {DECISIONS[d]}
            </Button>
          ))}
        </View>
      ) : null}

      {revealing ? (
        <StaffDialog
          id='reveal'
          title={`查看完整${REVEALABLE_FIELDS[revealing.field]}`}
          text='查看完整号码会记录查看人、时间和原因。号码只在本页显示，离开后不保留。'
          reason={{ label: '查看原因', min: 4, max: 100, placeholder: '如：核对银行卡开户信息' }}
          confirmText='查看'
          busyText='正在查看'
          busy={revealing.busy}
          error={revealing.error}
          onConfirm={(reason) => void reveal(reason)}
          onCancel={() => setRevealing(null)}
        />
      ) : null}

      {deciding ? (
        <StaffDialog
          id='decision'
          title={DECISION_TEXT[deciding.decision].title}
          text={DECISION_TEXT[deciding.decision].text}
          reason={DECISION_TEXT[deciding.decision].reason}
          confirmText={`确认${DECISIONS[deciding.decision]}`}
          busy={deciding.busy}
          error={deciding.error}
          danger={DECISION_TEXT[deciding.decision].danger}
          onConfirm={(reason) => void submitDecision(reason)}
          onCancel={() => setDeciding(null)}
        />
      ) : null}
    </View>
  )
}
