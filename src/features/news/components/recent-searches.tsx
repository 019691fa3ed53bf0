// 最近搜索: the device's last searches as tappable words, and 清除 to forget them.
import { Text, View } from '@tarojs/components'
import { Tappable } from '@/components/tappable'
import './recent-searches.css'

interface RecentSearchesProps {
  items: string[]
  onSelect: (q: string) => void
  onClear: () => void
}

/** Recent searches, newest first; draws nothing when there are none. */
export function RecentSearches({ items, onSelect, onClear }: RecentSearchesProps) {
  if (items.length === 0) return null
  return (
    <View className='recent-searches' data-testid='recent-searches' role='region' aria-label='最近搜索'>
      <View className='recent-searches__header'>
        <Text className='recent-searches__title'>最近搜索</Text>
        <Tappable className='text-link' role='button' aria-label='清除最近搜索' data-testid='recent-clear' onClick={onClear}>
          <Text>清除</Text>
        </Tappable>
      </View>
      <View className='recent-searches__list'>
        {items.map((q) => (
          <Tappable
            key={q}
            className='ui-control recent-searches__item'
            role='button'
            aria-label={`再次搜索：${q}`}
            data-testid='recent-search'
            onClick={() => onSelect(q)}
          >
            <Text>{q}</Text>
          </Tappable>
        ))}
      </View>
    </View>
  )
}
