// A titled card: one region of a page with its level-2 heading and an optional aside (a count, a link).
import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import './index.css'

interface SectionProps {
  title: string
  testId?: string
  aside?: ReactNode
  className?: string
  children: ReactNode
}

export function Section({ title, testId, aside, className, children }: SectionProps) {
  return (
    <View className={`ui-section card${className ? ` ${className}` : ''}`} role='region' aria-label={title} data-testid={testId}>
      <View className='ui-section__head'>
        <Text className='ui-section__title ui-text ui-text--title ui-tone--default' role='heading' aria-level='2'>{title}</Text>
        {aside}
      </View>
      {children}
    </View>
  )
}
