// 圆梦计划's 30-second self-check (dream-plan subpackage): the year's questions from the policy, each
// with why it matters, answered on the device; the rules are the ones submit applies
// (contracts/dream-plan/eligibility.ts). Eligible → the application, with the answers filled in;
// not eligible → which rule, and what else the union offers. Nothing is sent to the server.
import { useMemo, useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { Tappable } from '@/components/tappable'
import {
  OTHER_LEVEL,
  OTHER_MODE,
  OUTSIDE_FUTIAN,
  checkEligibility,
  selfCheckOf,
  shanghaiToday,
  type EligibilityAnswers,
  type EligibilityResult,
  type QuestionId
} from '@contracts/dream-plan/eligibility'
import { STREETS } from '@contracts/services/catalog'
import { EmptyState } from '@/components/empty-state'
import { PageHeader } from '@/components/page-header'
import { ErrorState } from '@/components/error-state'
import { LoadingState } from '@/components/loading-state'
import { usePolicy } from '@/features/dream-plan/api/get-policy'
import { PickerField } from '@/features/dream-plan/components/form-field'
import { Notice, NoticeText } from '@/features/dream-plan/components/notice'
import { ChoiceGroup, type Choice } from '@/features/dream-plan/components/choice-group'
import { keepPrefill } from '@/features/dream-plan/self-check-prefill'
import { DREAM_PLAN_CONSENT_PATH, servicePath } from '@/lib/routes'
import { useReadingSettings } from '@/lib/use-reading-settings'
import '@/features/dream-plan/components/layout.css'
import '@/components/form-field/index.css'
import './index.css'

type Draft = { [K in keyof EligibilityAnswers]: EligibilityAnswers[K] | '' }
const EMPTY: Draft = { street: '', employerHasUnion: '', member: '', level: '', studyMode: '', previous: '', enrolledOn: '', expectedGraduation: '' }

const YES_NO: Choice[] = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '否' },
  { value: 'unsure', label: '不清楚' }
]
const PREVIOUS: Choice[] = [
  { value: 'never', label: '从未申请过' },
  { value: 'withdrawn', label: '申请过，但在审核前撤回了' },
  { value: 'earlierYear', label: '往年申请过' },
  { value: 'thisYear', label: '今年已经申请过' }
]

const addYears = (date: string, years: number) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`

export default function DreamPlanCheckPage() {
  const reading = useReadingSettings()
  const { status, data: policy, error, retry } = usePolicy()
  const [answers, setAnswers] = useState<Draft>(EMPTY)
  const [result, setResult] = useState<EligibilityResult | null>(null)
  const [missing, setMissing] = useState<QuestionId[]>([])
  const today = shanghaiToday(new Date())

  const check = useMemo(() => (policy ? selfCheckOf(policy) : null), [policy])
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setAnswers((a) => ({ ...a, [key]: value }))
    setResult(null)
  }

  const unanswered = (a: Draft): QuestionId[] => {
    const out: QuestionId[] = []
    if (!a.street) out.push('workplace')
    if (!a.employerHasUnion) out.push('union')
    if (!a.member) out.push('member')
    if (!a.level || !a.studyMode) out.push('study')
    if (!a.previous) out.push('previous')
    if (!a.enrolledOn || !a.expectedGraduation) out.push('dates')
    return out
  }

  const submit = () => {
    if (!policy) return
    const gaps = unanswered(answers)
    setMissing(gaps)
    if (gaps.length) {
      setResult(null)
      return
    }
    setResult(checkEligibility(policy, answers as EligibilityAnswers, new Date()))
    // H5: bring the result into view (the mini-program scrolls with pageScrollTo).
    void Taro.pageScrollTo({ selector: '#check-result', duration: 200 }).catch(() => undefined)
  }

  const startApplication = () => {
    keepPrefill(answers as EligibilityAnswers)
    void Taro.navigateTo({ url: DREAM_PLAN_CONSENT_PATH })
  }

  const questionBlock = (id: QuestionId, children: React.ReactNode) => {
    const q = check!.questions[id]
    const isMissing = missing.includes(id)
    return (
      <View className={`dp-check__question${isMissing ? ' dp-check__question--missing' : ''}`} data-testid={`question-${id}`} key={id}>
        <Text className='dp-check__title ui-text ui-text--title-tight ui-tone--default' role='heading' aria-level='2' id={`q-${id}`}>{q.title}</Text>
        <Text className='dp-check__why' id={`q-${id}-why`}>{`为什么问：${q.why}`}</Text>
        {children}
        {isMissing ? <Text className='dp-check__missing' role='alert'>请回答这个问题</Text> : null}
      </View>
    )
  }

  return (
    <View className={`page dp-check ${reading.rootClassName}`} style={reading.rootStyle} role='main'>
      {status === 'loading' ? <LoadingState rows={3} label='正在加载申请条件…' /> : null}
      {status === 'error' && error?.code === 'POLICY_NOT_FOUND' ? <EmptyState message={error.message} /> : null}
      {status === 'error' && error && error.code !== 'POLICY_NOT_FOUND' ? <ErrorState message={error.message} onRetry={() => void retry()} /> : null}

      {status === 'ready' && policy && check ? (
        <View data-testid='self-check'>
          <PageHeader title='30 秒自测：我能申请吗？' subtitle={`${policy.year}年度圆梦计划 · 6 个问题 · 答案只保存在您的手机上`} />

          {questionBlock(
            'workplace',
            <ChoiceGroup
              labelledBy='q-workplace'
              testId='choices-street'
              value={answers.street}
              choices={[...STREETS.map((s) => ({ value: s, label: s })), { value: OUTSIDE_FUTIAN, label: '不在福田区' }]}
              onChange={(v) => set('street', v as Draft['street'])}
            />
          )}
          {questionBlock('union', <ChoiceGroup labelledBy='q-union' testId='choices-union' value={answers.employerHasUnion} choices={YES_NO} onChange={(v) => set('employerHasUnion', v as Draft['employerHasUnion'])} />)}
          {questionBlock('member', <ChoiceGroup labelledBy='q-member' testId='choices-member' value={answers.member} choices={YES_NO} onChange={(v) => set('member', v as Draft['member'])} />)}
          {questionBlock(
            'study',
            <>
              <Text className='dp-check__sub' id='q-level'>学历层次</Text>
              <ChoiceGroup
                labelledBy='q-level'
                testId='choices-level'
                value={answers.level}
                choices={[{ value: '大专', label: '大专' }, { value: '本科', label: '本科' }, { value: OTHER_LEVEL, label: '其他（研究生、中专等）' }]}
                onChange={(v) => set('level', v as Draft['level'])}
              />
              <Text className='dp-check__sub' id='q-mode'>学习形式</Text>
              <ChoiceGroup
                labelledBy='q-mode'
                testId='choices-mode'
                value={answers.studyMode}
                choices={[
                  ...['成人高等教育', '自学考试', '开放教育', '网络教育', '学历文凭考试'].map((m) => ({ value: m, label: m })),
                  { value: OTHER_MODE, label: '全日制或其他' }
                ]}
                onChange={(v) => set('studyMode', v as Draft['studyMode'])}
              />
            </>
          )}
          {questionBlock('previous', <ChoiceGroup labelledBy='q-previous' testId='choices-previous' value={answers.previous} choices={PREVIOUS} onChange={(v) => set('previous', v as Draft['previous'])} />)}
          {questionBlock(
            'dates',
            <>
              <PickerField
                id='check-enrolledOn'
                field={{ key: 'enrolledOn', label: '入学日期', kind: 'date' }}
                value={answers.enrolledOn}
                options={[]}
                start='2000-01-01'
                end={addYears(today, 1)}
                initialDate={today}
                onChange={(v) => set('enrolledOn', v)}
                onCancel={() => undefined}
              />
              <PickerField
                id='check-expectedGraduation'
                field={{ key: 'expectedGraduation', label: '预计毕业日期', kind: 'date' }}
                value={answers.expectedGraduation}
                options={[]}
                start={answers.enrolledOn || '2000-01-01'}
                end={addYears(answers.enrolledOn || today, 8)}
                initialDate={addYears(answers.enrolledOn || today, 2)}
                onChange={(v) => set('expectedGraduation', v)}
                onCancel={() => undefined}
              />
            </>
          )}

          <View className='dp-actions'>
            {missing.length ? (
              <Notice tone='warning' title='还有问题没有回答' testId='check-missing' alert>
                <NoticeText>{missing.map((id) => check.questions[id].title).join(' ')}</NoticeText>
              </Notice>
            ) : null}
            <Button className='ui-control dp-button ui-button ui-button--primary dp-check__submit' role='button' tabIndex={0} data-testid='check-submit' onClick={submit}>
              查看结果
            </Button>
          </View>

          <View id='check-result' aria-live='polite'>
            {result?.eligible ? (
              <View className='dp-actions' data-testid='check-eligible'>
                <Notice tone='success' title='您符合申请条件'>
                  <NoticeText>{`每人补贴 ${policy.amount} 元。开始申请后，您刚才的回答（单位所在街道、学历层次、学习形式和日期）会自动填好。`}</NoticeText>
                </Notice>
                <Button className='ui-control dp-button ui-button ui-button--primary dp-check__submit' role='button' tabIndex={0} data-testid='check-apply' onClick={startApplication}>
                  开始申请
                </Button>
              </View>
            ) : null}
            {result && !result.eligible ? (
              <View className='dp-actions' data-testid='check-ineligible'>
                <Notice tone='warning' title={result.failures.every((f) => f.unsure) ? '还需要确认' : '暂不符合申请条件'}>
                  {result.failures.map((f) => (
                    <NoticeText key={f.rule} testId={`rule-${f.rule}`}>{`· ${f.message}`}</NoticeText>
                  ))}
                </Notice>
                <Text className='dp-check__title ui-text ui-text--title-tight ui-tone--default' role='heading' aria-level='2'>工会还可以帮您</Text>
                {result.alternatives.map((a) => (
                  <Tappable
                    key={a.serviceId}
                    className='dp-check__offer'
                    data-testid={`offer-${a.serviceId}`}
                    onClick={() => void Taro.navigateTo({ url: servicePath(a.serviceId) })}
                  >
                    <Text className='dp-check__offer-title'>{a.title}</Text>
                    <Text className='dp-check__offer-text'>{a.description}</Text>
                  </Tappable>
                ))}
              </View>
            ) : null}
          </View>
        </View>
      ) : null}
    </View>
  )
}
