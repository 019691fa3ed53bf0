// One label / value row of a detail list. A row with neither a value nor children is left out, so
// optional fields nobody filled leave no empty line. `spread`: the label at the left, the value at
// the right edge (a summary of what was entered, such as the 圆梦计划 application's).
import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import './index.css'

interface ListRowProps {
  label: string
  value?: string
  testId?: string
  spread?: boolean
  children?: ReactNode
}

export function ListRow({ label, value, testId, spread = false, children }: ListRowProps) {
  if (!value && !children) return null
  return (
    <View className={spread ? 'ui-row ui-row--spread' : 'ui-row'}>
      <Text className='ui-row__label'>{label}</Text>
      <View className='ui-row__value'>
        {value ? <Text data-testid={testId} userSelect>{value}</Text> : null}
        {children}
      </View>
    </View>
  )
}
