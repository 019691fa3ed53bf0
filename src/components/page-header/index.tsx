// The red head of a page: its title (the page's one level-1 heading), an optional subtitle, and
// whatever the page puts under them (role chips, a status).
import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import './index.css'

interface PageHeaderProps {
  title: string
  subtitle?: string
  testId?: string
  titleTestId?: string
  children?: ReactNode
}

export function PageHeader({ title, subtitle, testId, titleTestId, children }: PageHeaderProps) {
  return (
    <View className='ui-page-header' data-testid={testId}>
      <Text className='ui-page-header__title' role='heading' aria-level='1' data-testid={titleTestId}>{title}</Text>
      {subtitle ? <Text className='ui-page-header__subtitle'>{subtitle}</Text> : null}
      {children}
    </View>
  )
}
