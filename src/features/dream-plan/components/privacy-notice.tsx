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

export function PrivacyNotice({ notice }: { notice: Notice }) {
  return (
    <View className='dp-privacy card' data-testid='privacy-notice'>
      <Part title='我们收集哪些信息' testId='privacy-collected'>
        <BulletList items={notice.collected} />
      </Part>
      <Part title='用于什么' testId='privacy-purpose'>
        <Text className='dp-privacy__text' userSelect>{notice.purpose}</Text>
      </Part>
      <Part title='谁能看到' testId='privacy-recipients'>
        <Text className='dp-privacy__text' userSelect>{notice.recipients}</Text>
      </Part>
      <Part title='保存多久' testId='privacy-retention'>
        <Text className='dp-privacy__text' userSelect>{notice.retention}</Text>
      </Part>
      <Part title='如何联系我们' testId='privacy-contact'>
        <Text className='dp-privacy__text' userSelect>{notice.contact}</Text>
      </Part>
    </View>
  )
}
