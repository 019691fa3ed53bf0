// The red head of a page: its title (the page's one level-1 heading), an optional subtitle, and
// whatever the page puts under them (role chips, a status, home's search). The tab pages use the
// `tab` size: the brand's larger title over a quieter line.
import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import './index.css'

interface PageHeaderProps {
  title: string
  subtitle?: string
  size?: 'page' | 'tab'
  testId?: string
  titleTestId?: string
  subtitleTestId?: string
  children?: ReactNode
}

export function PageHeader({ title, subtitle, size = 'page', testId, titleTestId, subtitleTestId, children }: PageHeaderProps) {
  return (
    <View className={`ui-page-header ui-page-header--${size}`} data-testid={testId}>
      <Text className='ui-page-header__title ui-text ui-text--headline ui-tone--on-brand' role='heading' aria-level='1' data-testid={titleTestId}>{title}</Text>
      {subtitle ? <Text className='ui-page-header__subtitle ui-text ui-text--text ui-tone--on-brand' data-testid={subtitleTestId}>{subtitle}</Text> : null}
      {children}
    </View>
  )
}
