// Placeholder rows while a list or an article loads, with a text label for screen readers.
import { Text, View } from '@tarojs/components'
import './index.css'

interface LoadingStateProps {
  /** How many skeleton rows to draw. */
  rows?: number
  /** Read aloud / shown to people who cannot see the pulse. */
  label?: string
}

/** Skeleton rows shown while data loads. */
export function LoadingState({ rows = 3, label = '正在加载…' }: LoadingStateProps) {
  return (
    <View className='loading-state' data-testid='loading-state' aria-busy='true' role='status'>
      <View className='loading-state__rows'>
        {Array.from({ length: rows }, (_, i) => (
          <View key={i} className='loading-state__row'>
            <View className='loading-state__bar loading-state__bar--title' />
            <View className='loading-state__bar loading-state__bar--short' />
            <View className='loading-state__bar' />
          </View>
        ))}
      </View>
      <Text className='loading-state__label'>{label}</Text>
    </View>
  )
}
