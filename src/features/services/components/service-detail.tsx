// A service page's text: 是什么, 谁可以用, 怎么办 (numbered steps), 所需材料, 联系方式 (tap to call) and
// 来源. Sections with nothing to say are left out rather than shown empty.
import { Text, View } from '@tarojs/components'
import type { ServiceDetail as Service } from '@contracts/services/documents'
import { Section } from '@/components/section'
import { StepList } from '@/components/step-number'
import { BulletList } from '@/components/bullet-list'
import { PhoneButton } from './phone-button'
import './service-detail.css'

/** The service's own sections, in the order a worker asks: what, who, how, what to bring, whom to call. */
export function ServiceDetail({ service }: { service: Service }) {
  return (
    <View className='service-detail'>
      <Section title='是什么' testId='service-about' worker>
        <Text className='service-section__text ui-text ui-text--body ui-tone--default ui-break' userSelect>{service.about}</Text>
      </Section>

      <Section title='谁可以用' testId='service-eligibility' worker>
        <Text className='service-section__text ui-text ui-text--body ui-tone--default ui-break' userSelect>{service.eligibility}</Text>
      </Section>

      {service.steps.length > 0 ? (
        <Section title='怎么办' testId='service-steps' worker>
          <StepList steps={service.steps} />
        </Section>
      ) : null}

      {service.documents.length > 0 ? (
        <Section title='所需材料' testId='service-documents' worker>
          <BulletList items={service.documents} />
        </Section>
      ) : null}

      {service.contacts.length > 0 ? (
        <Section title='联系方式' testId='service-contacts' worker>
          {service.contacts.map((contact, i) => (
            <View key={i} className='service-contact' data-testid='service-contact'>
              <View className='service-contact__text'>
                <Text className='service-contact__label'>{contact.label}</Text>
                <Text className='service-contact__phone' userSelect>{contact.phone}</Text>
              </View>
              <PhoneButton phone={contact.phone} label={contact.label} testId='call-button' />
            </View>
          ))}
        </Section>
      ) : null}
    </View>
  )
}

/** 来源: where the facts come from (absent for sample text, which carries 示例 instead). */
export function ServiceSources({ sources }: { sources: string[] }) {
  if (sources.length === 0) return null
  return (
    <Section title='来源' testId='service-sources' worker>
      {sources.map((source, i) => (
        <Text key={i} className='service-sources__item' userSelect>
          {source}
        </Text>
      ))}
    </Section>
  )
}
