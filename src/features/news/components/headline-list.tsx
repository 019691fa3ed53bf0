// The headline area of the home page: a channel's pinned articles, each marked 置顶.
import { Image, Text, View } from '@tarojs/components'
import { Tappable } from '@/components/tappable'
import type { ArticleSummary } from '@contracts/content/article'
import { SampleChip } from '@/components/sample-chip'
import { formatDate } from '@/lib/dates'
import './headline-list.css'

interface HeadlineListProps {
  items: ArticleSummary[]
  onSelect: (id: string) => void
}

/** Pinned articles; the first one shows its cover when it has one. Draws nothing when empty. */
export function HeadlineList({ items, onSelect }: HeadlineListProps) {
  if (items.length === 0) return null
  return (
    <View className='headlines' data-testid='headlines' role='region' aria-label='头条'>
      <Text className='headlines__title ui-text ui-text--text-bold ui-tone--brand'>头条</Text>
      {items.map((item, index) => (
        <Tappable
          key={item.id}
          className='headline'
          data-testid='headline'
          data-id={item.id}
          onClick={() => onSelect(item.id)}
        >
          {index === 0 && item.cover ? (
            <Image className='headline__cover' src={item.cover} mode='aspectFill' lazyLoad nativeProps={{ alt: '' }} />
          ) : null}
          <Text className='headline__title ui-text ui-text--title-medium ui-tone--default'>{item.title}</Text>
          <View className='headline__meta'>
            <Text className='headline__pin'>置顶</Text>
            <Text className='headline__date'>{formatDate(item.publishedAt)}</Text>
            {item.sample ? <SampleChip /> : null}
          </View>
        </Tappable>
      ))}
    </View>
  )
}
