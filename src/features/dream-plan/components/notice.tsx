// A banner inside a page: a problem (alert), a reviewer's reason, or a plain note. Words first:
// the title says what kind of banner it is, the colour only repeats it.
import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import './notice.css'

interface NoticeProps {
  tone: 'error' | 'warning' | 'info' | 'success'
  title?: string
  children?: ReactNode
  testId?: string
  /** Announce it at once (errors after a tap). */
  alert?: boolean
}

export function Notice({ tone, title, children, testId = 'notice', alert = false }: NoticeProps) {
  return (
    <View className={`dp-notice dp-notice--${tone}`} data-testid={testId} role={alert ? 'alert' : 'note'}>
      {title ? <Text className='dp-notice__title'>{title}</Text> : null}
      {children}
    </View>
  )
}

/** A paragraph inside a Notice. */
export function NoticeText({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <Text className='dp-notice__text' data-testid={testId} userSelect>
      {children}
    </Text>
  )
}
