// A masked number with 查看完整号码, and the dialog that asks for the reason first. The server
// records who looked, when and why; the full value is kept only by the page showing it, so it is
// gone once the page is left.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { RevealableField } from '@contracts/dream-plan/review'
import { toCloudError } from '@/lib/cloud'
import { revealNumber } from '@/features/review/api/reveal'
import { REVEALABLE_FIELDS } from '@contracts/dream-plan/review-words'
import { ReasonDialog } from '@/components/reason-dialog'
import './reveal-number.css'

interface RevealNumberProps {
  field: RevealableField
  masked: string
  /** The full value once revealed on this page. */
  full?: string
  canReveal: boolean
  testId: string
  onAsk: (field: RevealableField) => void
}

export function RevealNumber({ field, masked, full, canReveal, testId, onAsk }: RevealNumberProps) {
  return (
    <View>
      <Text data-testid={testId} userSelect>{full ?? masked}</Text>
      {full ? <Text className='sf-kv__full ui-text ui-text--meta ui-tone--brand-deep'>完整号码，仅本次查看，已记录</Text> : null}
      {canReveal && !full ? (
        <View className='text-link text-link--small' role='button' tabIndex={0} data-testid={`reveal-${field}`} onClick={() => onAsk(field)}>
          <Text>查看完整号码</Text>
        </View>
      ) : null}
    </View>
  )
}

interface RevealDialogProps {
  applicationId: string
  field: RevealableField
  onRevealed: (field: RevealableField, value: string) => void
  onCancel: () => void
}

export function RevealDialog({ applicationId, field, onRevealed, onCancel }: RevealDialogProps) {
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false })

  const reveal = async (reason: string) => {
    setState({ busy: true })
    try {
      const res = await revealNumber(applicationId, field, reason)
      onRevealed(res.field, res.value)
    } catch (err) {
      setState({ busy: false, error: toCloudError(err).message })
    }
  }

  return (
    <ReasonDialog
      id='reveal'
      title={`查看完整${REVEALABLE_FIELDS[field]}`}
      text='查看完整号码会记录查看人、时间和原因。号码只在本页显示，离开后不保留。'
      reason={{ label: '查看原因', min: 4, max: 100, placeholder: '如：核对银行卡开户信息' }}
      confirmText='查看'
      busyText='正在查看'
      busy={state.busy}
      error={state.error}
      onConfirm={(reason) => void reveal(reason)}
      onCancel={onCancel}
    />
  )
}
