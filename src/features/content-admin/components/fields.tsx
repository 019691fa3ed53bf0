// The kinds' editors are forms of a few field shapes: a line of text, a longer text, a whole number,
// a day, a list typed one item per line. Each is the kit's FormField around a Taro control, with
// the server's message for that field under it (autosave hands it back as `body.<field>`).
import { Input, Text, View } from '@tarojs/components'
import { Picker, Textarea } from '@/components/taro-controls'
import { describedBy, FormField } from '@/components/form-field'
import { definedProps } from '@/lib/native-props'
import './fields.css'

interface Base {
  id: string
  label: string
  hint?: string
  error?: string
  disabled?: boolean
}

function aria(id: string, label: string, hint?: string, error?: string) {
  return definedProps({ 'aria-label': label, 'aria-invalid': error ? 'true' : 'false', 'aria-describedby': describedBy(id, hint, error) })
}

/** One line of text. */
export function TextField({ id, label, hint, error, disabled, value, max, onChange }: Base & { value: string; max: number; onChange: (v: string) => void }) {
  return (
    <FormField id={id} label={label} hint={hint} error={error} testId={`${id}-field`}>
      <Input className='ui-input' value={value} maxlength={max} disabled={disabled} nativeProps={aria(id, label, hint, error)} data-testid={id} onInput={(e) => onChange(e.detail.value)} />
    </FormField>
  )
}

/** Several lines of text. */
export function AreaField({ id, label, hint, error, disabled, value, max, onChange }: Base & { value: string; max: number; onChange: (v: string) => void }) {
  return (
    <FormField id={id} label={label} hint={hint} error={error} testId={`${id}-field`}>
      <Textarea className='ui-textarea' value={value} maxlength={max} disabled={disabled} nativeProps={aria(id, label, hint, error)} data-testid={id} onInput={(e) => onChange(e.detail.value)} />
    </FormField>
  )
}

/** A whole number; what is not one is sent as it is, so the server names the field. */
export function NumberField({ id, label, hint, error, disabled, value, onChange }: Base & { value: number; onChange: (v: number) => void }) {
  return (
    <FormField id={id} label={label} hint={hint} error={error} testId={`${id}-field`}>
      <Input
        className='ui-input'
        type='number'
        value={Number.isFinite(value) ? String(value) : ''}
        disabled={disabled}
        nativeProps={aria(id, label, hint, error)}
        data-testid={id}
        onInput={(e) => onChange(e.detail.value.trim() === '' ? Number.NaN : Number(e.detail.value))}
      />
    </FormField>
  )
}

/** A list, one item per line (steps, documents, facilities); blank lines are dropped. */
export function LinesField({ id, label, hint, error, disabled, value, onChange }: Base & { value: string[]; onChange: (v: string[]) => void }) {
  return (
    <FormField id={id} label={label} hint={hint ?? '每行一项'} error={error} testId={`${id}-field`}>
      <Textarea
        className='ui-textarea'
        value={value.join('\n')}
        maxlength={4000}
        disabled={disabled}
        nativeProps={aria(id, label, hint ?? '每行一项', error)}
        data-testid={id}
        onInput={(e) => onChange(e.detail.value.split('\n').map((l) => l.trim()).filter(Boolean))}
      />
    </FormField>
  )
}

/** A day (YYYY-MM-DD), picked with the native date picker. */
export function DayField({ id, label, hint, error, disabled, value, onChange }: Base & { value: string; onChange: (v: string) => void }) {
  return (
    <FormField id={id} label={label} hint={hint} error={error} testId={`${id}-field`}>
      <Picker mode='date' value={value} disabled={disabled} onChange={(e) => onChange(String(e.detail.value))}>
        <View className='ui-picker' role='button' tabIndex={0} aria-label={`${label}：${value || '未选择'}`} data-testid={id}>
          <Text className={value ? 'ui-picker__value' : 'ui-picker__placeholder'}>{value || '请选择日期'}</Text>
          <Text className='ui-picker__chevron' aria-hidden='true'>›</Text>
        </View>
      </Picker>
    </FormField>
  )
}
