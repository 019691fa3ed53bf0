// The application form's controls (typed text, a choice, a date) inside the kit's FormField.
import { Input, Text } from '@tarojs/components'
import { Tappable } from '@/components/tappable'
import { Picker } from '@/components/taro-controls'
import type { FieldDef } from '../form/fields'
import { formatIsoDay } from '@/lib/dates'
import { definedProps } from '@/lib/native-props'
import { describedBy, FormField } from '@/components/form-field'

interface TextFieldProps {
  id: string
  field: FieldDef
  value: string
  error?: string
  onChange: (value: string) => void
  onBlur: () => void
}

/** The keyboard each kind asks for: weapp's own types, H5's inputmode. */
function keyboardOf(kind: FieldDef['kind']): { type: 'text' | 'number' | 'idcard'; inputMode?: string } {
  const weapp = process.env.TARO_ENV !== 'h5'
  if (kind === 'mobile' || kind === 'card') return weapp ? { type: 'number' } : { type: 'text', inputMode: 'numeric' }
  if (kind === 'idcard') return weapp ? { type: 'idcard' } : { type: 'text' }
  return { type: 'text' }
}

/** A typed field. */
export function TextField({ id, field, value, error, onChange, onBlur }: TextFieldProps) {
  const keyboard = keyboardOf(field.kind)
  return (
    <FormField id={id} label={field.label} hint={field.hint} error={error} testId={`field-${field.key}`}>
      <Input
        className='ui-input'
        type={keyboard.type}
        value={value}
        maxlength={field.maxLength ?? 60}
        placeholder={field.placeholder}
        placeholderClass='ui-placeholder'
        nativeProps={definedProps({
          'aria-label': field.label,
          'aria-describedby': describedBy(id, field.hint, error),
          'aria-invalid': error ? 'true' : 'false',
          autoComplete: 'off',
          ...(keyboard.inputMode ? { inputMode: keyboard.inputMode } : {})
        })}
        data-testid={`input-${field.key}`}
        onInput={(e) => onChange(e.detail.value)}
        onBlur={onBlur}
      />
    </FormField>
  )
}

interface PickerFieldProps {
  id: string
  field: FieldDef
  value: string
  options: readonly string[]
  /** Date pickers: the range offered and where the wheel starts when nothing is chosen. */
  start?: string
  end?: string
  initialDate?: string
  error?: string
  onChange: (value: string) => void
  onCancel: () => void
}

/** A choice from a list (street, level, study mode) or a date, with Taro's Picker. */
export function PickerField({ id, field, value, options, start, end, initialDate, error, onChange, onCancel }: PickerFieldProps) {
  const shown = field.kind === 'date' ? formatIsoDay(value) : value
  const trigger = (
    <Tappable
      className={`ui-picker${error ? ' ui-picker--invalid' : ''}`}
      role='button'
      aria-label={`${field.label}：${shown || '未选择'}`}
      aria-describedby={describedBy(id, field.hint, error)}
      aria-invalid={error ? 'true' : 'false'}
      data-testid={`picker-${field.key}`}
    >
      <Text className={value ? 'ui-picker__value' : 'ui-picker__placeholder'}>{shown || (field.kind === 'date' ? '请选择日期' : '请选择')}</Text>
      <Text className='ui-picker__chevron' aria-hidden='true'>›</Text>
    </Tappable>
  )
  return (
    <FormField id={id} label={field.label} hint={field.hint} error={error} testId={`field-${field.key}`}>
      {field.kind === 'date' ? (
        <Picker
          mode='date'
          value={value || initialDate || end || ''}
          start={start}
          end={end}
          onChange={(e) => onChange(String(e.detail.value))}
          onCancel={onCancel}
        >
          {trigger}
        </Picker>
      ) : (
        <Picker
          mode='selector'
          range={options as string[]}
          value={Math.max(0, options.indexOf(value))}
          onChange={(e) => onChange(options[Number(e.detail.value)] ?? '')}
          onCancel={onCancel}
        >
          {trigger}
        </Picker>
      )}
    </FormField>
  )
}
