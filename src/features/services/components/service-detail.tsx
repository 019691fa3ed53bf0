// A service page's text: 是什么, 谁可以用, 怎么办 (numbered steps), 所需材料, 联系方式 (tap to call) and
// 来源. Sections with nothing to say are left out rather than shown empty.
import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import type { ServiceDetail as Service } from '@contracts/services/documents'
import { StepNumber } from '@/components/step-number'
import { BulletList } from '@/components/bullet-list'
import { PhoneButton } from './phone-button'
import './service-detail.css'

/** One titled section; `testId` names it for tests. */
export function DetailSection({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <View className='service-section card' data-testid={testId} role='region' aria-label={title}>
      <Text className='service-section__title ui-text ui-text--title ui-tone--default' role='heading' aria-level='2'>{title}</Text>
      {children}
    </View>
  )
}

/** The service's own sections, in the order a worker asks: what, who, how, what to bring, whom to call. */
export function ServiceDetail({ service }: { service: Service }) {
  return (
    <View className='service-detail'>
      <DetailSection title='是什么' testId='service-about'>
        <Text className='service-section__text' userSelect>{service.about}</Text>
      </DetailSection>

      <DetailSection title='谁可以用' testId='service-eligibility'>
        <Text className='service-section__text' userSelect>{service.eligibility}</Text>
      </DetailSection>

      {service.steps.length > 0 ? (
        <DetailSection title='怎么办' testId='service-steps'>
          <View className='service-steps' role='list'>
            {service.steps.map((step, i) => (
              <View key={i} className='service-steps__item' role='listitem'>
                <StepNumber n={i + 1} />
                <Text className='service-steps__text' userSelect>
                  <Text className='visually-hidden'>第{i + 1}步：</Text>
                  {step}
                </Text>
              </View>
            ))}
          </View>
        </DetailSection>
      ) : null}

      {service.documents.length > 0 ? (
        <DetailSection title='所需材料' testId='service-documents'>
          <BulletList items={service.documents} />
        </DetailSection>
      ) : null}

      {service.contacts.length > 0 ? (
        <DetailSection title='联系方式' testId='service-contacts'>
          {service.contacts.map((contact, i) => (
            <View key={i} className='service-contact' data-testid='service-contact'>
              <View className='service-contact__text'>
                <Text className='service-contact__label'>{contact.label}</Text>
                <Text className='service-contact__phone' userSelect>{contact.phone}</Text>
              </View>
              <PhoneButton phone={contact.phone} label={contact.label} testId='call-button' />
            </View>
          ))}
        </DetailSection>
      ) : null}
    </View>
  )
}

/** 来源: where the facts come from (absent for sample text, which carries 示例 instead). */
export function ServiceSources({ sources }: { sources: string[] }) {
  if (sources.length === 0) return null
  return (
    <DetailSection title='来源' testId='service-sources'>
      {sources.map((source, i) => (
        <Text key={i} className='service-sources__item' userSelect>
          {source}
        </Text>
      ))}
    </DetailSection>
  )
}
