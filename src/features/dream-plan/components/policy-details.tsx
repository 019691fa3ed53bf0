// The policy as the intro page tells it: the amount and window up top, then who may apply, what
// it pays towards, the materials and the steps. All of it comes from the year's policy document.
import { Text, View } from '@tarojs/components'
import { Section } from '@/components/section'
import { StepList } from '@/components/step-number'
import { BulletList } from '@/components/bullet-list'
import type { PolicyView } from '@contracts/dream-plan/policy'
import { formatDate } from '@/lib/dates'
import './policy-details.css'

/** 2026年9月1日 至 2027年6月30日 (the window closes at the start of `closesAt`, so its last day is the day before). */
export function windowText(policy: Pick<PolicyView, 'opensAt' | 'closesAt'>): string {
  const lastDay = new Date(Date.parse(policy.closesAt) - 1).toISOString()
  return `${formatDate(policy.opensAt)} 至 ${formatDate(lastDay)}`
}

/** 2,500 */
export function formatYuan(amount: number): string {
  return amount.toLocaleString('en-US')
}

/** The amount and the window, for the top of the page. */
export function PolicyFacts({ policy }: { policy: PolicyView }) {
  return (
    <View className='dp-policy__facts card' data-testid='policy-facts'>
      <View className='dp-policy__fact'>
        <Text className='dp-policy__fact-label'>补贴金额</Text>
        <Text className='dp-policy__amount' data-testid='policy-amount'>{`${formatYuan(policy.amount)} 元/人`}</Text>
      </View>
      <View className='dp-policy__fact'>
        <Text className='dp-policy__fact-label'>申请时间</Text>
        <Text className='dp-policy__fact-value' data-testid='policy-window'>{windowText(policy)}</Text>
      </View>
      {policy.oncePerPerson ? <Text className='dp-policy__once'>每人限申请一次</Text> : null}
    </View>
  )
}

/** Eligibility, what it pays towards, materials and the steps. */
export function PolicyDetails({ policy }: { policy: PolicyView }) {
  return (
    <View className='dp-policy'>
      <Section title='谁可以申请' testId='policy-eligibility' worker>
        <BulletList items={policy.eligibility} />
      </Section>
      <Section title='资助范围' testId='policy-scope' worker>
        <View className='dp-policy__pair'>
          <Text className='dp-policy__pair-label'>学历层次</Text>
          <Text className='ui-text ui-text--body ui-tone--default ui-break'>{policy.levels.join('、')}</Text>
        </View>
        <View className='dp-policy__pair'>
          <Text className='dp-policy__pair-label'>学习形式</Text>
          <Text className='ui-text ui-text--body ui-tone--default ui-break'>{policy.studyModes.join('、')}</Text>
        </View>
      </Section>
      <Section title='所需材料' testId='policy-documents' worker>
        <View role='list'>
          {policy.documents.map((doc) => (
            <View key={doc.kind} className='dp-policy__doc' role='listitem'>
              <Text className='dp-policy__doc-name'>{doc.name}</Text>
              <Text className='ui-text ui-text--body ui-tone--default ui-break' userSelect>{doc.description}</Text>
            </View>
          ))}
        </View>
        <Text className='dp-policy__note ui-text ui-text--note ui-tone--secondary'>jpg、png 图片或 pdf 文件，每个不超过 10 MB。</Text>
      </Section>
      <Section title='办理流程' testId='policy-timeline' worker>
        <StepList steps={policy.timeline} />
      </Section>
    </View>
  )
}
