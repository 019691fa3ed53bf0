// A bottom-sheet dialog for staff actions: what the action means, an optional or required reason
// (with its length rule checked on the device, the error as text beside the field), and two
// buttons at least 48 px tall (60 in 关怀模式). In-page: WeChat's showModal cannot take a reason.
import { useState } from 'react'
import { Button, Text, Textarea, View } from '@tarojs/components'
import { definedProps } from '@/lib/native-props'
import './fields.css'
import './dialog.css'

export interface ReasonRule {
  label: string
  placeholder?: string
  /** Required when min > 0. */
  min: number
  max: number
  hint?: string
}

interface StaffDialogProps {
  id: string
  title: string
  text?: string
  reason?: ReasonRule
  confirmText: string
  busyText?: string
  busy: boolean
  error?: string
  danger?: boolean
  onConfirm: (reason: string) => void
  onCancel: () => void
}

export function StaffDialog({ id, title, text, reason, confirmText, busyText, busy, error, danger, onConfirm, onCancel }: StaffDialogProps) {
  const [value, setValue] = useState('')
  const [local, setLocal] = useState('')

  const confirm = () => {
    if (reason) {
      const trimmed = value.trim()
      if (reason.min > 0 && !trimmed) return setLocal(`请填写${reason.label}`)
      if (trimmed && trimmed.length < reason.min) return setLocal(`${reason.label}至少 ${reason.min} 个字`)
      if (trimmed.length > reason.max) return setLocal(`${reason.label}最多 ${reason.max} 个字`)
      if (/[<>]/.test(trimmed)) return setLocal(`${reason.label}不能包含 < 或 >`)
      setLocal('')
      onConfirm(trimmed)
    } else onConfirm('')
  }

  const shownError = local || error
  return (
    <View className='sf-dialog' data-testid={`${id}-dialog`}>
      <View className='sf-dialog__mask' aria-hidden='true' onClick={busy ? undefined : onCancel} />
      <View className='sf-dialog__panel' role='dialog' aria-modal='true' aria-labelledby={`${id}-title`}>
        <Text className='sf-dialog__title' id={`${id}-title`}>{title}</Text>
        {text ? <Text className='sf-dialog__text'>{text}</Text> : null}
        {reason ? (
          <View className='sf-field'>
            <Text className='sf-field__label' id={`${id}-reason-label`}>{`${reason.label}${reason.min > 0 ? '' : '（选填）'}`}</Text>
            {reason.hint ? <Text className='sf-field__hint' id={`${id}-reason-hint`}>{reason.hint}</Text> : null}
            <Textarea
              className={`sf-textarea${local ? ' sf-textarea--invalid' : ''}`}
              value={value}
              maxlength={reason.max}
              placeholder={reason.placeholder}
              placeholderClass='sf-placeholder'
              nativeProps={definedProps({
                'aria-label': reason.label,
                'aria-invalid': local ? 'true' : 'false',
                'aria-describedby': [reason.hint ? `${id}-reason-hint` : '', local ? `${id}-reason-error` : ''].filter(Boolean).join(' ') || undefined
              })}
              data-testid={`${id}-reason`}
              onInput={(e) => {
                setValue(e.detail.value)
                if (local) setLocal('')
              }}
            />
            <Text className='sf-field__count' aria-hidden='true'>{`${value.trim().length}/${reason.max}`}</Text>
          </View>
        ) : null}
        {shownError ? (
          <Text className='sf-dialog__error' role='alert' id={`${id}-reason-error`} data-testid={`${id}-error`}>
            {shownError}
          </Text>
        ) : null}
        <View className='sf-dialog__actions'>
          <Button className='sf-dialog__cancel' role='button' tabIndex={0} disabled={busy} data-testid={`${id}-cancel`} onClick={onCancel}>
            取消
          </Button>
          <Button
            className={`sf-dialog__confirm${danger ? ' sf-dialog__confirm--danger' : ''}`}
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
