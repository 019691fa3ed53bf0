// 撤回申请's confirmation: what withdrawing means, an optional reason, and two clear buttons. An
// in-page dialog (WeChat's showModal cannot take a reason on every platform).
import { useState } from 'react'
import { Button, Text, Textarea, View } from '@tarojs/components'
import './withdraw-dialog.css'

interface WithdrawDialogProps {
  busy: boolean
  error?: string
  onConfirm: (reason: string) => void
  onCancel: () => void
}

export function WithdrawDialog({ busy, error, onConfirm, onCancel }: WithdrawDialogProps) {
  const [reason, setReason] = useState('')
  return (
    <View className='dp-dialog' data-testid='withdraw-dialog'>
      <View className='dp-dialog__mask' aria-hidden='true' onClick={busy ? undefined : onCancel} />
      <View className='dp-dialog__panel' role='dialog' aria-modal='true' aria-labelledby='dp-withdraw-title' aria-describedby='dp-withdraw-text'>
        <Text className='dp-dialog__title' id='dp-withdraw-title'>确认撤回申请？</Text>
        <Text className='dp-dialog__text' id='dp-withdraw-text'>
          撤回后本次申请不再审核，不计入申请次数；申请期内可以重新申请。
        </Text>
        <Text className='dp-dialog__label' id='dp-withdraw-reason-label'>撤回原因（选填）</Text>
        <Textarea
          className='dp-dialog__reason'
          value={reason}
          maxlength={200}
          placeholder='如：信息填写有误，需要重新申请'
          placeholderClass='dp-dialog__placeholder'
          nativeProps={{ 'aria-label': '撤回原因（选填）' }}
          data-testid='withdraw-reason'
          onInput={(e) => setReason(e.detail.value)}
        />
        {error ? (
          <Text className='dp-dialog__error' role='alert'>
            {error}
          </Text>
        ) : null}
        <View className='dp-dialog__actions'>
          <Button className='dp-dialog__cancel' role='button' tabIndex={0} disabled={busy} data-testid='withdraw-cancel' onClick={onCancel}>
            再想想
          </Button>
          <Button className='dp-dialog__confirm' role='button' tabIndex={0} disabled={busy} loading={busy} data-testid='withdraw-confirm' onClick={() => onConfirm(reason)}>
            {busy ? '正在撤回' : '确认撤回'}
          </Button>
        </View>
      </View>
    </View>
  )
}
