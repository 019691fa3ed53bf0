// What a list or page shows when there is nothing to show.
import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import './index.css'

interface EmptyStateProps {
  /** Chinese text, e.g. 暂无资讯. */
  message: string
  /** Optional actions below the message (links, buttons). */
  children?: ReactNode
}

/** A calm, centred "nothing here" message. */
export function EmptyState({ message, children }: EmptyStateProps) {
  return (
    <View className='empty-state' data-testid='empty-state'>
      <View className='empty-state__icon' />
      <Text className='empty-state__message'>{message}</Text>
      {children ? <View className='empty-state__actions'>{children}</View> : null}
    </View>
  )
}
