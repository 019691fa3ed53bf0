// The PIPL notice of the policy: what is collected, why, who sees it, how long it is kept, whom to
// ask. Shown in full before consent, in plain headed sections.
import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { BulletList } from '@/components/bullet-list'
import type { PrivacyNotice as Notice } from '@contracts/dream-plan/policy'
import './privacy-notice.css'

function Part({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <View className='dp-privacy__part' data-testid={testId}>
      <Text className='dp-privacy__title ui-text ui-text--title ui-tone--default' role='heading' aria-level='2'>{title}</Text>
      {children}
    </View>
  )
}

/** The parts told in one paragraph: heading, test id, the notice's field. */
const TEXT_PARTS = [
  ['用于什么', 'privacy-purpose', 'purpose'],
  ['谁能看到', 'privacy-recipients', 'recipients'],
  ['保存多久', 'privacy-retention', 'retention'],
  ['如何联系我们', 'privacy-contact', 'contact']
] as const satisfies readonly (readonly [string, string, keyof Notice])[]

export function PrivacyNotice({ notice }: { notice: Notice }) {
  return (
    <View className='dp-privacy card' data-testid='privacy-notice'>
      <Part title='我们收集哪些信息' testId='privacy-collected'>
        <BulletList items={notice.collected} />
      </Part>
      {TEXT_PARTS.map(([title, testId, field]) => (
        <Part key={field} title={title} testId={testId}>
          <Text className='dp-privacy__text' userSelect>{notice[field]}</Text>
        </Part>
      ))}
    </View>
  )
}
