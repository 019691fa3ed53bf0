// Search (news subpackage): a labelled field with 搜索 and clear, recent searches kept on the
// device, results with the matched words marked, paging, and the server's own error text.
import { useEffect, useRef, useState } from 'react'
import Taro, { useReachBottom, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { LoadingState } from '@/components/loading-state'
import { SEARCH_QUERY_MAX_LENGTH, useSearch } from '@/features/news/api/search-articles'
import { ArticleList } from '@/features/news/components/article-list'
import { RecentSearches } from '@/features/news/components/recent-searches'
import { SearchBar } from '@/components/search-bar'
import { ListFooter } from '@/components/list-footer'
import { useRecentSearches } from '@/features/news/recent-searches'
import { articlePath, readParam } from '@/lib/routes'
import { useReadingSettings } from '@/lib/use-reading-settings'
import './index.css'
import { showToast } from '@/lib/feedback'

export default function SearchPage() {
  const router = useRouter()
  const reading = useReadingSettings()
  const initial = readParam(router.params.q)
  const [input, setInput] = useState(initial)
  // The query being shown; '' before the first search.
  const [query, setQuery] = useState(initial)
  const results = useSearch(query)
  const recent = useRecentSearches()
  const { remember } = recent

  // Remember a query once the server has answered it (a refused one, e.g. one character, is not
  // kept). `first` is a new object exactly when a first page for the current query arrives.
  // The query is read through a ref: a new query alone (its first page not yet answered) must not
  // be remembered.
  const shownQuery = useRef(query)
  shownQuery.current = query
  useEffect(() => {
    if (results.first && shownQuery.current) remember(shownQuery.current)
  }, [results.first, remember])

  const search = (value: string) => {
    const q = value.trim()
    setInput(q)
    if (!q) {
      void showToast({ title: '请输入搜索关键词', icon: 'none' })
      return
    }
    if (q === query) void results.retry()
    else setQuery(q)
  }

  const clear = () => {
    setInput('')
    setQuery('')
  }

  useReachBottom(() => {
    if (results.status === 'ready' && results.hasMore && !results.moreError) void results.loadMore()
  })

  const open = (id: string) => {
    void Taro.navigateTo({ url: articlePath(id) })
  }

  return (
    <View className={`page search ${reading.rootClassName}`} style={reading.rootStyle} role='main'>
      <SearchBar
        value={input}
        onInput={setInput}
        onSearch={search}
        onClear={clear}
        maxLength={SEARCH_QUERY_MAX_LENGTH}
        placeholder='输入关键词，如：圆梦计划'
        inputLabel='搜索关键词'
        label='搜索工会资讯'
        testId='search'
        focus={!initial}
      />

      {results.status === 'idle' ? (
        <View className='search__idle'>
          <RecentSearches items={recent.items} onSelect={search} onClear={recent.clear} />
          {recent.items.length === 0 ? (
            <Text className='search__tip ui-text ui-text--note ui-tone--secondary'>可搜索文章标题和正文，例如“圆梦计划”“暖蜂驿站”。</Text>
          ) : null}
        </View>
      ) : null}

      {results.status === 'loading' ? <LoadingState rows={3} label='正在搜索…' /> : null}

      {results.status === 'error' && results.error ? (
        // A refused query (INVALID_INPUT, e.g. one character) needs a new query, not a retry.
        <ErrorState
          message={results.error.message}
          onRetry={results.error.code === 'INVALID_INPUT' ? undefined : () => void results.retry()}
        />
      ) : null}

      {results.status === 'ready' && results.items.length === 0 ? (
        <EmptyState message='没有找到相关内容'>
          <Text className='search__tip ui-text ui-text--note ui-tone--secondary'>换个关键词试试，或减少关键词的字数。</Text>
        </EmptyState>
      ) : null}

      {results.status === 'ready' && results.items.length > 0 ? (
        <View className='search__results' data-testid='search-results'>
          <Text className='search__summary ui-text ui-text--meta ui-tone--secondary' role='status'>
            “{query}”的搜索结果
          </Text>
          <ArticleList items={results.items} onSelect={open} terms={results.terms} showChannel />
          <ListFooter loadingMore={results.loadingMore} moreError={results.moreError} hasMore={results.hasMore} onMore={() => void results.loadMore()} />
        </View>
      ) : null}
    </View>
  )
}
