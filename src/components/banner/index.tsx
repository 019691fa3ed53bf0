// A banner inside a page: a problem (alert), a reviewer's reason, or a plain note. Words first:
// the title says what kind of banner it is, the colour only repeats it.
import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import './index.css'

interface BannerProps {
  tone: 'error' | 'warning' | 'info' | 'success'
  title?: string
  testId?: string
  /** Announce it at once (errors after a tap). */
  alert?: boolean
  children?: ReactNode
}

export function Banner({ tone, title, testId, alert = false, children }: BannerProps) {
  return (
    <View className={`ui-banner ui-banner--${tone}`} data-testid={testId} role={alert ? 'alert' : 'note'}>
      {title ? <Text className='ui-banner__title'>{title}</Text> : null}
      {children}
    </View>
  )
}

/** A paragraph inside a Banner. */
export function BannerText({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <Text className='ui-banner__text' data-testid={testId} userSelect>
      {children}
    </Text>
  )
}
