// 我的收藏 rows: the article (tap to read) and a 取消收藏 button beside it.
import { Text, View } from '@tarojs/components'
import { Tappable } from '@/components/tappable'
import type { FavouriteItem } from '@contracts/content/article'
import { SampleChip } from '@/components/sample-chip'
import { formatDate } from '@/lib/dates'
import './article-list.css'
import './favourite-list.css'

interface FavouriteListProps {
  items: FavouriteItem[]
  onSelect: (id: string) => void
  onRemove: (id: string) => void
}

/** Favourite rows, newest first. */
export function FavouriteList({ items, onSelect, onRemove }: FavouriteListProps) {
  return (
    <View className='favourite-list'>
      {items.map((item) => (
        <View key={item.id} className='favourite-row' data-testid='favourite-row' data-id={item.id}>
          <Tappable className='favourite-row__main' onClick={() => onSelect(item.id)}>
            <Text className='article-row__title'>{item.title}</Text>
            <View className='article-row__meta'>
              <Text className='article-row__date'>{formatDate(item.publishedAt)}</Text>
              <Text className='article-row__channel'>{item.channel}</Text>
              {item.sample ? <SampleChip /> : null}
            </View>
          </Tappable>
          <Tappable
            className='favourite-row__remove'
            role='button'
            aria-label={`取消收藏：${item.title}`}
            data-testid='favourite-remove'
            onClick={() => onRemove(item.id)}
          >
            <Text>取消收藏</Text>
          </Tappable>
        </View>
      ))}
    </View>
  )
}
