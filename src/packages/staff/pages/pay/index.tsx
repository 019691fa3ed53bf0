// 发放 (staff subpackage, finance): applications 已通过 whose 公示 has ended; choose some or all,
// give the 批次号 and 发放日期, and mark them 已发放. Repeating a batch changes nothing (the reply
// says how many were already paid).
import { useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import { Picker } from '@/components/taro-controls'
import type { PayResult } from '@contracts/dream-plan/review'
import { toCloudError } from '@/lib/cloud'
import { Banner } from '@/components/banner'
import { Section } from '@/components/section'
import { ReasonDialog } from '@/components/reason-dialog'
import { BatchScreen } from '@/features/review/components/batch-screen'
import { useSelectableRows } from '@/features/review/hooks/use-selection'
import { usePullToReload } from '@/lib/use-reload'
import { pay } from '@/features/review/api/pay'
import { formatIsoDay, formatYuan, todayInShanghai } from '@/features/review/labels'
import '@/components/form-field/index.css'

const FILTER = { status: ['approved' as const], publicity: 'ended' as const }
const BATCH = /^[A-Za-z0-9-]{3,32}$/

export default function PayPage() {
  const rows = useSelectableRows(FILTER)
  const [batchNo, setBatchNo] = useState('')
  const [paidAt, setPaidAt] = useState(todayInShanghai())
  const [fieldErrors, setFieldErrors] = useState<{ batchNo?: string; paidAt?: string }>({})
  const [dialog, setDialog] = useState<{ busy: boolean; error?: string } | null>(null)
  const [result, setResult] = useState<PayResult | null>(null)

  usePullToReload(rows.retry)

  const ask = () => {
    const batch = batchNo.trim()
    const errors: typeof fieldErrors = {}
    if (!batch) errors.batchNo = '请填写批次号'
    else if (!BATCH.test(batch)) errors.batchNo = '批次号为 3–32 位字母、数字或 -'
    if (!paidAt) errors.paidAt = '请选择发放日期'
    setFieldErrors(errors)
    if (errors.batchNo || errors.paidAt) return
    setDialog({ busy: false })
  }

  const confirm = async () => {
    setDialog({ busy: true })
    try {
      setResult(await pay(rows.chosen.map((r) => r.id), batchNo.trim(), paidAt))
      setDialog(null)
      rows.clear()
      void rows.retry()
    } catch (err) {
      const e = toCloudError(err)
      if (e.fields?.batchNo || e.fields?.paidAt) {
        setFieldErrors({ batchNo: e.fields.batchNo, paidAt: e.fields.paidAt })
        setDialog(null)
      } else setDialog({ busy: false, error: e.message })
    }
  }

  return (
    <BatchScreen
      name='pay'
      title='发放'
      subtitle='公示期满的已通过申请。发放到申请人本人的银行卡，同一批次重复提交不会重复发放。'
      rows={rows}
      loadingLabel='正在加载待发放的申请…'
      emptyMessage='暂无公示期满、待发放的申请'
      result={
        result ? (
          <Banner tone='success' title='发放已记录' testId='pay-result'>
            <Text className='sf-text' data-testid='pay-summary'>
              {`批次 ${result.batchNo}（${formatIsoDay(result.paidAt)}）：本次标记已发放 ${result.paid} 人，此前已发放 ${result.alreadyPaid} 人，批次合计 ${formatYuan(result.amount)} 元。`}
            </Text>
          </Banner>
        ) : null
      }
      form={
        <Section title='发放批次' testId='pay-form'>
          <View className='ui-field'>
            <Text className='ui-field__label' id='pay-batch-label'>批次号</Text>
            <Text className='ui-field__hint ui-text ui-text--meta ui-tone--secondary' id='pay-batch-hint'>3–32 位字母、数字或 -，如 2026-11-01</Text>
            <Input
              className={`ui-input${fieldErrors.batchNo ? ' ui-input--invalid' : ''}`}
              type='text'
              value={batchNo}
              maxlength={32}
              placeholder='请输入批次号'
              placeholderClass='ui-placeholder'
              nativeProps={{
                'aria-label': '批次号',
                'aria-invalid': fieldErrors.batchNo ? 'true' : 'false',
                'aria-describedby': `pay-batch-hint${fieldErrors.batchNo ? ' pay-batch-error' : ''}`,
                autoComplete: 'off'
              }}
              data-testid='batch-no'
              onInput={(e) => {
                setBatchNo(e.detail.value)
                if (fieldErrors.batchNo) setFieldErrors((f) => ({ ...f, batchNo: undefined }))
              }}
            />
            {fieldErrors.batchNo ? <Text className='ui-field__message ui-text ui-text--meta-strong ui-tone--brand' id='pay-batch-error' data-testid='batch-no-error'>{fieldErrors.batchNo}</Text> : null}
          </View>
          <View className='ui-field'>
            <Text className='ui-field__label'>发放日期</Text>
            <Picker mode='date' value={paidAt} end={todayInShanghai()} onChange={(e) => setPaidAt(String(e.detail.value))}>
              <View className='ui-picker' role='button' tabIndex={0} aria-label={`发放日期：${formatIsoDay(paidAt)}`} data-testid='paid-at'>
                <Text>{formatIsoDay(paidAt)}</Text>
                <Text aria-hidden='true'>›</Text>
              </View>
            </Picker>
            {fieldErrors.paidAt ? <Text className='ui-field__message ui-text ui-text--meta-strong ui-tone--brand'>{fieldErrors.paidAt}</Text> : null}
          </View>
        </Section>
      }
      actionText={`确认发放（${rows.chosen.length} 人，${formatYuan(rows.amount)} 元）`}
      onAction={ask}
      dialog={
        dialog ? (
          <ReasonDialog
            id='pay'
            title='确认发放？'
            text={`批次 ${batchNo.trim()}，发放日期 ${formatIsoDay(paidAt)}，共 ${rows.chosen.length} 人，${formatYuan(rows.amount)} 元。确认后申请人将看到“已发放”。`}
            confirmText='确认发放'
            busyText='正在提交'
            busy={dialog.busy}
            error={dialog.error}
            onConfirm={() => void confirm()}
            onCancel={() => setDialog(null)}
          />
        ) : null
      }
    />
  )
}
