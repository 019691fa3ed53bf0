// The feed: one tappable row per article, title (two lines at most), date and summary.
import { Text, View } from '@tarojs/components'
import type { ArticleSummary } from '@contracts/content/article'
import { formatDate } from '@/lib/dates'
import './article-list.css'

interface ArticleListProps {
  items: ArticleSummary[]
  /** Called with the article id when a row is tapped; the page decides where to go. */
  onSelect: (id: string) => void
}

/** Rows of article summaries; plain text throughout so screen readers and large fonts work. */
export function ArticleList({ items, onSelect }: ArticleListProps) {
  return (
    <View className='article-list'>
      {items.map((item) => (
        <View
          key={item.id}
          className='article-row'
          hoverClass='article-row--pressed'
          data-testid='article-row'
          data-id={item.id}
          onClick={() => onSelect(item.id)}
        >
          <Text className='article-row__title'>{item.title}</Text>
          <Text className='article-row__date'>{formatDate(item.publishedAt)}</Text>
          {item.summary ? <Text className='article-row__summary'>{item.summary}</Text> : null}
        </View>
      ))}
    </View>
  )
}
