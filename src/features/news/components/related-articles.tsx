// 相关阅读 at the end of an article: loading, a retry on failure, nothing when there is none.
import { Text, View } from '@tarojs/components'
import type { ArticleSummary } from '@contracts/content/article'
import { InlineError } from '@/components/inline-error'
import type { CloudError } from '@/lib/cloud'
import { ArticleList } from './article-list'
import './related-articles.css'

interface RelatedArticlesProps {
  status: 'idle' | 'loading' | 'ready' | 'error'
  items: ArticleSummary[]
  error: CloudError | null
  onRetry: () => void
  onSelect: (id: string) => void
}

/** The related list of an article page. */
export function RelatedArticles({ status, items, error, onRetry, onSelect }: RelatedArticlesProps) {
  if (status === 'idle' || (status === 'ready' && items.length === 0)) return null
  return (
    <View className='related' data-testid='related-articles' role='region' aria-label='相关阅读'>
      <Text className='related__title ui-text ui-text--heading ui-tone--default'>相关阅读</Text>
      {status === 'loading' ? <Text className='related__status'>正在加载…</Text> : null}
      {status === 'error' && error ? <InlineError message={error.message} onRetry={onRetry} testId='related-error' /> : null}
      {status === 'ready' ? <ArticleList items={items} onSelect={onSelect} compact /> : null}
    </View>
  )
}
