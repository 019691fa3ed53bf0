// The one dialog that asks for a reason: the worker's 撤回 and every staff decision. A bottom
// sheet saying what the action means, an optional or required reason (its length rule checked on
// the device, the error as text under the field, where the server's refusal shows too), and two
// buttons at least 48 px tall (60 in 关怀模式). In-page: WeChat's showModal cannot take a reason on every platform.
import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { Textarea } from '@/components/taro-controls'
import { describedBy, FormField } from '@/components/form-field'
import './index.css'
import { definedProps } from '@/lib/native-props'

/** What the reason must be. */
export interface ReasonRule {
  label: string
  placeholder?: string
  /** Required when min > 0. */
  min: number
  max: number
  hint?: string
}

interface ReasonDialogProps {
  /** Prefix of the element ids and test ids (`<id>-dialog`, `<id>-reason`, `<id>-confirm` …). */
  id: string
  title: string
  text?: string
  reason?: ReasonRule
  confirmText: string
  cancelText?: string
  busyText?: string
  busy: boolean
  error?: string
  danger?: boolean
  onConfirm: (reason: string) => void
  onCancel: () => void
}

/** The first rule the reason breaks, in words; '' when it keeps them all. */
export function reasonProblem(rule: ReasonRule, value: string): string {
  const trimmed = value.trim()
  if (rule.min > 0 && !trimmed) return `请填写${rule.label}`
  if (trimmed && trimmed.length < rule.min) return `${rule.label}至少 ${rule.min} 个字`
  if (trimmed.length > rule.max) return `${rule.label}最多 ${rule.max} 个字`
  if (/[<>]/.test(trimmed)) return `${rule.label}不能包含 < 或 >`
  return ''
}

export function ReasonDialog({ id, title, text, reason, confirmText, cancelText = '取消', busyText, busy, error, danger, onConfirm, onCancel }: ReasonDialogProps) {
  const [value, setValue] = useState('')
  const [local, setLocal] = useState('')

  const confirm = () => {
    if (!reason) return onConfirm('')
    const problem = reasonProblem(reason, value)
    setLocal(problem)
    if (!problem) onConfirm(value.trim())
  }

  const fieldId = `${id}-reason-field`
  const shownError = local || error
  return (
    <View className='ui-dialog' data-testid={`${id}-dialog`}>
      <View className='ui-dialog__mask' aria-hidden='true' onClick={busy ? undefined : onCancel} />
      <View className='ui-dialog__panel' role='dialog' aria-modal='true' aria-labelledby={`${id}-title`} aria-describedby={text ? `${id}-text` : undefined}>
        <Text className='ui-dialog__title ui-text ui-text--title ui-tone--default' id={`${id}-title`}>{title}</Text>
        {text ? <Text className='ui-dialog__text ui-text ui-text--body ui-tone--default' id={`${id}-text`}>{text}</Text> : null}
        {reason ? (
          <FormField
            id={fieldId}
            label={`${reason.label}${reason.min > 0 ? '' : '（选填）'}`}
            hint={reason.hint}
            footer={<Text className='ui-field__count ui-text ui-text--meta ui-tone--secondary' aria-hidden='true'>{`${value.trim().length}/${reason.max}`}</Text>}
          >
            <Textarea
              className={`ui-textarea${local ? ' ui-textarea--invalid' : ''}`}
              value={value}
              maxlength={reason.max}
              placeholder={reason.placeholder}
              placeholderClass='ui-placeholder'
              nativeProps={definedProps({
                'aria-label': reason.label,
                'aria-invalid': local ? 'true' : 'false',
                'aria-describedby': describedBy(fieldId, reason.hint, local)
              })}
              data-testid={`${id}-reason`}
              onInput={(e) => {
                setValue(e.detail.value)
                if (local) setLocal('')
              }}
            />
          </FormField>
        ) : null}
        {shownError ? (
          <Text className='ui-dialog__error ui-text ui-text--meta-strong ui-tone--brand' role='alert' id={`${fieldId}-error`} data-testid={`${id}-error`}>
            {shownError}
          </Text>
        ) : null}
        <View className='ui-dialog__actions'>
          <Button className='ui-dialog__cancel' role='button' tabIndex={0} disabled={busy} data-testid={`${id}-cancel`} onClick={onCancel}>
            {cancelText}
          </Button>
          <Button
            className={`ui-dialog__confirm${danger ? ' ui-dialog__confirm--danger' : ''}`}
            role='button'
            tabIndex={0}
            disabled={busy}
            loading={busy}
            data-testid={`${id}-confirm`}
            onClick={confirm}
          >
            {busy ? busyText ?? '正在提交' : confirmText}
          </Button>
        </View>
      </View>
    </View>
  )
}
