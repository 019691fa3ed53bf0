// 常见问题 (services subpackage): the questions in their groups, a search that follows typing (the
// server is asked once the user pauses), and answers that open in place.
import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { EmptyState } from '@/components/empty-state'
import { SearchBar } from '@/components/search-bar'
import { Loaded } from '@/components/loaded'
import { FAQ_QUERY_MAX_LENGTH, useFaqs } from '@/features/services/api/list-faqs'
import { FaqList } from '@/features/services/components/faq-list'
import { useDebouncedValue } from '@/features/services/hooks/use-debounced-value'
import { readParam } from '@/lib/routes'
import { useReadingSettings } from '@/lib/use-reading-settings'
import './index.css'

/** A search with this many hits or fewer shows its answers opened. */
const OPEN_ANSWERS_UP_TO = 3

export default function FaqPage() {
  const router = useRouter()
  const reading = useReadingSettings()
  const [input, setInput] = useState(() => readParam(router.params.q))
  // Enter (or ×) skips the pause: `now` holds the query to use at once.
  const [now, setNow] = useState<string | null>(null)
  const debounced = useDebouncedValue(input.trim(), 300)
  const query = now ?? debounced
  const faqs = useFaqs(query)
  const groups = faqs.data ?? []
  const hits = groups.reduce((n, g) => n + g.items.length, 0)

  const type = (value: string) => {
    setNow(null)
    setInput(value)
  }

  const searchNow = (value: string) => {
    setInput(value)
    setNow(value.trim())
  }

  return (
    <View className={`page faq ${reading.rootClassName}`} style={reading.rootStyle} role='main'>
      <Text className='visually-hidden' role='heading' aria-level='1'>常见问题</Text>
      {/* Results follow the typing (debounced), so no 搜索 button; Enter searches at once. */}
      <SearchBar
        value={input}
        onInput={type}
        onSearch={searchNow}
        onClear={() => searchNow('')}
        maxLength={FAQ_QUERY_MAX_LENGTH}
        placeholder='输入关键词，如：补贴'
        inputLabel='搜索常见问题'
        testId='faq-search'
        submit={false}
      />

      <Loaded state={faqs} loadingLabel='正在加载常见问题…'>
        {() => (
          <View className='faq__results' aria-busy={faqs.status === 'loading' ? 'true' : 'false'}>
            <Text className='faq__summary ui-text ui-text--meta ui-tone--secondary' role='status' data-testid='faq-summary'>
              {faqs.status === 'loading' ? '正在搜索…' : query ? `“${query}”相关的问题 ${hits} 个` : `共 ${hits} 个问题，点问题查看解答`}
            </Text>
            {hits === 0 && faqs.status === 'ready' ? (
              <EmptyState message='没有找到相关问题'>
                <Text className='faq__tip ui-text ui-text--note ui-tone--secondary'>换个说法试试，或拨打服务页上的电话咨询。</Text>
              </EmptyState>
            ) : (
              <FaqList groups={groups} expandAll={query !== '' && hits <= OPEN_ANSWERS_UP_TO} />
            )}
          </View>
        )}
      </Loaded>
    </View>
  )
}
