// 撤回申请's confirmation: the kit's reason dialog with what withdrawing means and an optional reason.
import { ReasonDialog } from '@/components/reason-dialog'

interface WithdrawDialogProps {
  busy: boolean
  error?: string
  onConfirm: (reason: string) => void
  onCancel: () => void
}

export function WithdrawDialog({ busy, error, onConfirm, onCancel }: WithdrawDialogProps) {
  return (
    <ReasonDialog
      id='withdraw'
      title='确认撤回申请？'
      text='撤回后本次申请不再审核，不计入申请次数；申请期内可以重新申请。'
      reason={{ label: '撤回原因', placeholder: '如：信息填写有误，需要重新申请', min: 0, max: 200 }}
      confirmText='确认撤回'
      cancelText='再想想'
      busyText='正在撤回'
      busy={busy}
      error={error}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  )
}
