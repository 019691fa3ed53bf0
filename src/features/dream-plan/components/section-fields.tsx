// A text section's fields (个人信息, 工作信息, 学历信息, 收款信息), each with its error beside it.
import { View } from '@tarojs/components'
import type { PolicyView } from '@contracts/dream-plan/policy'
import { SECTION_FIELDS, todayInShenzhen, type FieldErrors, type TextSection, type Values } from '../form/fields'
import { PickerField, TextField } from './form-field'

interface SectionFieldsProps {
  section: TextSection
  values: Values
  errors: FieldErrors
  policy: PolicyView
  onChange: (key: string, value: string) => void
  onTouch: (key: string) => void
}

export function SectionFields({ section, values, errors, policy, onChange, onTouch }: SectionFieldsProps) {
  const today = todayInShenzhen()
  return (
    <View className='dp-section-fields card' data-testid={`section-${section}`}>
      {SECTION_FIELDS[section].map((field) => {
        const id = `dp-${section}-${field.key}`
        if (field.kind === 'select' || field.kind === 'date') {
          const range = field.range?.(values, today) ?? {}
          return (
            <PickerField
              key={field.key}
              id={id}
              field={field}
              value={values[field.key] ?? ''}
              options={field.options?.(policy) ?? []}
              start={range.start}
              end={range.end}
              initialDate={field.key === 'expectedGraduation' && values.enrolledOn ? `${Number(values.enrolledOn.slice(0, 4)) + 3}-07-01` : today}
              error={errors[field.key]}
              onChange={(value) => onChange(field.key, value)}
              onCancel={() => onTouch(field.key)}
            />
          )
        }
        return (
          <TextField
            key={field.key}
            id={id}
            field={field}
            value={values[field.key] ?? ''}
            error={errors[field.key]}
            onChange={(value) => onChange(field.key, value)}
            onBlur={() => onTouch(field.key)}
          />
        )
      })}
    </View>
  )
}
