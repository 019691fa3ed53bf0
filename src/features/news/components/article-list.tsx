// Article rows: title (two lines at most), date, a 示例 label for demo content, and the summary
// (or, for search results, the passage around the match with the terms marked).
import { Text, View } from '@tarojs/components'
import { Tappable } from '@/components/tappable'
import type { ArticleSummary } from '@contracts/content/article'
import { SampleChip } from '@/components/sample-chip'
import { formatDate } from '@/lib/dates'
import { HighlightedText } from './highlighted-text'
import './article-list.css'

/** A row: any article summary, optionally with a search snippet. */
export type ArticleListItem = ArticleSummary & { snippet?: string }

interface ArticleListProps {
  items: ArticleListItem[]
  /** Called with the article id when a row is tapped; the page decides where to go. */
  onSelect: (id: string) => void
  /** Search terms to mark in titles and snippets. */
  terms?: readonly string[]
  /** Title and date only (related articles). */
  compact?: boolean
  /** Show each row's channel beside its date (search results span channels). */
  showChannel?: boolean
}

/** Rows of article summaries; plain text throughout so screen readers and large fonts work. */
export function ArticleList({ items, onSelect, terms = [], compact = false, showChannel = false }: ArticleListProps) {
  return (
    <View className={`article-list${compact ? ' article-list--compact' : ''}`}>
      {items.map((item) => {
        const text = item.snippet ?? item.summary
        return (
          <Tappable
            key={item.id}
            className='article-row'
            data-testid='article-row'
            data-id={item.id}
            onClick={() => onSelect(item.id)}
          >
            <HighlightedText className='article-row__title' text={item.title} terms={terms} />
            <View className='article-row__meta'>
              <Text className='article-row__date'>{formatDate(item.publishedAt)}</Text>
              {showChannel ? <Text className='article-row__channel'>{item.channel}</Text> : null}
              {item.sample ? <SampleChip /> : null}
            </View>
            {!compact && text ? (
              <HighlightedText className='article-row__summary' text={text} terms={terms} />
            ) : null}
          </Tappable>
        )
      })}
    </View>
  )
}
