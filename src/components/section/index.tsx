// A titled card: one region of a page with its level-2 heading and an optional aside (a count, a link).
// Staff pages set it in a 24 design-px gutter; a worker's pages (`worker`) in their 32.
import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import './index.css'

interface SectionProps {
  title: string
  testId?: string
  aside?: ReactNode
  className?: string
  /** On a worker's page: the 32 design-px gutter of its other cards. */
  worker?: boolean
  children: ReactNode
}

export function Section({ title, testId, aside, className, worker = false, children }: SectionProps) {
  return (
    <View className={`ui-section card${worker ? ' ui-section--worker' : ''}${className ? ` ${className}` : ''}`} role='region' aria-label={title} data-testid={testId}>
      <View className='ui-section__head'>
        <Text className='ui-section__title ui-text ui-text--title ui-tone--default' role='heading' aria-level='2'>{title}</Text>
        {aside}
      </View>
      {children}
    </View>
  )
}

/** A Section on a worker's page (for a `Group` prop, which takes a component). */
export function WorkerSection(props: Omit<SectionProps, 'worker'>) {
  return <Section {...props} worker />
}
