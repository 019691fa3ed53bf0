// A failed load: the Chinese message and a large 重试 button.
import type { ReactNode } from 'react'
import { Button, Text, View } from '@tarojs/components'
import './index.css'

interface ErrorStateProps {
  /** Chinese text for people (a CloudError's message). */
  message: string
  /** Called by the 重试 button; without it no button is drawn. */
  onRetry?: () => void
  retryText?: string
  /** Optional extra actions (e.g. 返回首页). */
  children?: ReactNode
}

/** Error message with a retry button at least 44 px tall. */
export function ErrorState({ message, onRetry, retryText = '重试', children }: ErrorStateProps) {
  return (
    <View className='error-state' data-testid='error-state' role='alert'>
      <View className='error-state__icon'>
        <Text className='error-state__icon-mark'>!</Text>
      </View>
      <Text className='error-state__message' data-testid='error-message'>{message}</Text>
      {onRetry ? (
        <Button className='ui-button ui-button--primary error-state__retry' role='button' tabIndex={0} data-testid='error-retry' onClick={onRetry}>
          {retryText}
        </Button>
      ) : null}
      {children ? <View className='error-state__actions'>{children}</View> : null}
    </View>
  )
}
