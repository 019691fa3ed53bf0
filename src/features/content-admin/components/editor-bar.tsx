// The bar under an editor: how saving goes (or the server's words), 刷新查看 after someone else
// saved first, the editor's own buttons, 提交审核, and once submitted the way back to the list.
import type { ReactNode } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'

export interface SubmitState {
  busy: boolean
  error: string
  done: boolean
}

interface EditorBarProps {
  /** 文章操作 … */
  label: string
  status: string
  conflict: boolean
  onReload: () => void
  /** Whether 提交审核 is offered now (not frozen, something written). */
  canSubmit: boolean
  submitState: SubmitState
  onSubmit: () => void
  listUrl: string
  children?: ReactNode
}

export function EditorBar({ label, status, conflict, onReload, canSubmit, submitState, onSubmit, listUrl, children }: EditorBarProps) {
  return (
    <>
      <View className='ca-bar' role='toolbar' aria-label={label}>
        <Text className='ca-bar__status' role='status' data-testid='save-status'>
          {status}
        </Text>
        {conflict ? (
          <View className='ui-control sf-button' role='button' tabIndex={0} data-testid='reload' onClick={onReload}>
            <Text>刷新查看</Text>
          </View>
        ) : null}
        {children}
        {canSubmit && !submitState.done ? (
          <View className='ui-control sf-button ui-button ui-button--primary' role='button' tabIndex={0} data-testid='submit' aria-disabled={submitState.busy ? 'true' : 'false'} onClick={() => !submitState.busy && onSubmit()}>
            <Text>{submitState.busy ? '提交中…' : '提交审核'}</Text>
          </View>
        ) : null}
        {submitState.done ? (
          <View className='ui-control sf-button' role='button' tabIndex={0} data-testid='submitted' onClick={() => void Taro.redirectTo({ url: listUrl })}>
            <Text>已提交审核，返回列表</Text>
          </View>
        ) : null}
      </View>
      {submitState.error ? <Text className='ca-error ca-bar__error' role='alert' data-testid='submit-error'>{submitState.error}</Text> : null}
    </>
  )
}
