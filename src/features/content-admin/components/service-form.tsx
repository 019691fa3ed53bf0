// A service page (the fields it has today, with its order on the 服务 tab) and a FAQ (question,
// answer, its group and order). A new service chooses which of the union's services it is.
import { Text, View } from '@tarojs/components'
import type { FaqBody, ServiceBody } from '@contracts/content-admin/words'
import { SERVICE_IDS, type ServiceId } from '@contracts/services/catalog'
import { Chip, ChipGroup } from '@/components/chip'
import { FormField } from '@/components/form-field'
import { AreaField, LinesField, NumberField, TextField } from './fields'
import type { KindFormProps } from './kind-form'

/** What a new service page is for, in the 服务 tab's words (its seed names). */
const SERVICE_NAMES: Record<ServiceId, string> = {
  'dream-plan': '圆梦计划',
  'warm-bee-station': '暖蜂驿站',
  'workers-library': '职工书屋',
  'loving-mother-room': '爱心妈妈小屋',
  'union-canteen': '工会大食堂',
  'worker-service-center': '职工服务中心',
  'one-click-relief': '一键即救',
  'legal-aid': '法律援助',
  'union-training': '工会培训'
}

export const EMPTY_SERVICE: ServiceBody = { serviceId: 'dream-plan', name: '', tagline: '', order: 0, about: '', eligibility: '', steps: [], documents: [], contacts: [] }
export const EMPTY_FAQ: FaqBody = { group: '', groupOrder: 0, order: 0, question: '', answer: '' }

/** The first message under `prefix` (list fields report `body.steps.2`). */
const under = (errors: Record<string, string>, prefix: string) => errors[prefix] ?? Object.entries(errors).find(([k]) => k.startsWith(`${prefix}.`))?.[1]

export function ServiceForm({ body, onChange, errors, disabled, isNew }: KindFormProps<ServiceBody>) {
  const set = (patch: Partial<ServiceBody>) => onChange({ ...body, ...patch })
  const setContact = (i: number, patch: Partial<ServiceBody['contacts'][number]>) => set({ contacts: body.contacts.map((c, j) => (j === i ? { ...c, ...patch } : c)) })
  return (
    <View data-testid='service-form'>
      {isNew ? (
        <FormField id='service-id' label='对应服务' error={errors['body.serviceId']}>
          <ChipGroup label='对应服务'>
            {SERVICE_IDS.map((s) => (
              <Chip key={s} label={SERVICE_NAMES[s]} checked={body.serviceId === s} onToggle={() => set({ serviceId: s })} testId={`service-id-${s}`} />
            ))}
          </ChipGroup>
        </FormField>
      ) : null}
      <TextField id='service-name' label='名称' value={body.name} max={20} disabled={disabled} error={errors['body.name']} onChange={(name) => set({ name })} />
      <TextField id='service-tagline' label='一句话介绍' value={body.tagline} max={40} disabled={disabled} error={errors['body.tagline']} onChange={(tagline) => set({ tagline })} />
      <NumberField id='service-order' label='在服务页的顺序' hint='数字小的排在前面' value={body.order} disabled={disabled} error={errors['body.order']} onChange={(order) => set({ order })} />
      <AreaField id='service-about' label='是什么' value={body.about} max={2000} disabled={disabled} error={errors['body.about']} onChange={(about) => set({ about })} />
      <AreaField id='service-eligibility' label='谁可以用' value={body.eligibility} max={1000} disabled={disabled} error={errors['body.eligibility']} onChange={(eligibility) => set({ eligibility })} />
      <LinesField id='service-steps' label='怎么办理' hint='每行一步' value={body.steps} disabled={disabled} error={under(errors, 'body.steps')} onChange={(steps) => set({ steps })} />
      <LinesField id='service-documents' label='所需材料' value={body.documents} disabled={disabled} error={under(errors, 'body.documents')} onChange={(documents) => set({ documents })} />
      {body.contacts.map((c, i) => (
        <View key={i} className='ca-doc' data-testid={`service-contact-${i}`}>
          <TextField id={`service-contact-${i}-label`} label={`联系方式 ${i + 1}：名称`} value={c.label} max={40} disabled={disabled} error={errors[`body.contacts.${i}.label`]} onChange={(label) => setContact(i, { label })} />
          <TextField id={`service-contact-${i}-phone`} label={`联系方式 ${i + 1}：电话`} hint='手机 11 位，座机带区号，或 5 位热线' value={c.phone} max={20} disabled={disabled} error={errors[`body.contacts.${i}.phone`]} onChange={(phone) => setContact(i, { phone })} />
          {!disabled ? (
            <View className='ui-control sf-button ca-inline-button' role='button' tabIndex={0} onClick={() => set({ contacts: body.contacts.filter((_, j) => j !== i) })}>
              <Text>{`删除联系方式 ${i + 1}`}</Text>
            </View>
          ) : null}
        </View>
      ))}
      {!disabled && body.contacts.length < 10 ? (
        <View className='ui-control sf-button ca-inline-button' role='button' tabIndex={0} data-testid='service-add-contact' onClick={() => set({ contacts: [...body.contacts, { label: '', phone: '' }] })}>
          <Text>添加联系方式</Text>
        </View>
      ) : null}
    </View>
  )
}

export function FaqForm({ body, onChange, errors, disabled }: KindFormProps<FaqBody>) {
  const set = (patch: Partial<FaqBody>) => onChange({ ...body, ...patch })
  return (
    <View data-testid='faq-form'>
      <TextField id='faq-question' label='问题' value={body.question} max={100} disabled={disabled} error={errors['body.question']} onChange={(question) => set({ question })} />
      <AreaField id='faq-answer' label='回答' value={body.answer} max={2000} disabled={disabled} error={errors['body.answer']} onChange={(answer) => set({ answer })} />
      <TextField id='faq-group' label='分组' hint='如：圆梦计划、会员服务' value={body.group} max={20} disabled={disabled} error={errors['body.group']} onChange={(group) => set({ group })} />
      <NumberField id='faq-group-order' label='分组顺序' hint='数字小的分组排在前面；同一分组的问题总排在一起' value={body.groupOrder} disabled={disabled} error={errors['body.groupOrder']} onChange={(groupOrder) => set({ groupOrder })} />
      <NumberField id='faq-order' label='组内顺序' value={body.order} disabled={disabled} error={errors['body.order']} onChange={(order) => set({ order })} />
    </View>
  )
}
