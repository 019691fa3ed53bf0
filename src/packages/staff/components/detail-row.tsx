// One label / value row of the review page. A row with neither a value nor children is left out,
// so optional fields the applicant did not fill leave no empty line.
import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import './detail-row.css'

export function DetailRow({ label, value, testId, children }: { label: string; value?: string; testId?: string; children?: ReactNode }) {
  if (!value && !children) return null
  return (
    <View className='sf-kv'>
      <Text className='sf-kv__label'>{label}</Text>
      <View className='sf-kv__value'>
        {value ? <Text data-testid={testId} userSelect>{value}</Text> : null}
        {children}
      </View>
    </View>
  )
}
