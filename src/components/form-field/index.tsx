// The one form field: a visible label, an optional hint, the control, and its error as text right
// below it with a "!" mark. The control's accessible name is the label and its description the
// hint and the error (aria-describedby, see `describedBy`), so a screen reader hears the problem.
import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import './index.css'

interface FormFieldProps {
  id: string
  label: string
  hint?: string
  error?: string
  testId?: string
  /** Shown after the control, e.g. a character count. */
  footer?: ReactNode
  children: ReactNode
}

/** ids of the hint and error texts under a field, for the control's aria-describedby. */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean)
  return ids.length ? ids.join(' ') : undefined
}

export function FormField({ id, label, hint, error, testId, footer, children }: FormFieldProps) {
  return (
    <View className={`ui-field${error ? ' ui-field--invalid' : ''}`} id={id} data-testid={testId}>
      <Text className='ui-field__label' id={`${id}-label`}>{label}</Text>
      {hint ? (
        <Text className='ui-field__hint ui-text ui-text--meta ui-tone--secondary' id={`${id}-hint`}>
          {hint}
        </Text>
      ) : null}
      {children}
      {footer}
      {error ? <FieldError id={`${id}-error`} message={error} /> : null}
    </View>
  )
}

/** An error under a control (or a checkbox, a file list): the mark and the words. */
export function FieldError({ id, message, testId = 'field-error', alert = false }: { id?: string; message: string; testId?: string; alert?: boolean }) {
  return (
    <View className='ui-field__error' data-testid={testId} role={alert ? 'alert' : undefined}>
      <Text className='ui-badge ui-field__error-mark' aria-hidden='true'>!</Text>
      <Text className='ui-field__error-text' id={id}>
        {message}
      </Text>
    </View>
  )
}
