// The FAQ search field: results follow as the user types (the page debounces), Enter searches at
// once, and × clears. Labelled for screen readers; the tap targets follow 关怀模式.
import { Input, Text, View } from '@tarojs/components'
import './faq-search.css'

interface FaqSearchProps {
  value: string
  onInput: (value: string) => void
  /** Enter / 搜索 on the keyboard: search now, without waiting for the pause. */
  onConfirm: (value: string) => void
  maxLength: number
}

/** Search box over 常见问题. */
export function FaqSearch({ value, onInput, onConfirm, maxLength }: FaqSearchProps) {
  return (
    <View className='faq-search' role='search'>
      <View className='faq-search__field'>
        <Input
          className='faq-search__input'
          type='text'
          confirmType='search'
          value={value}
          maxlength={maxLength}
          placeholder='输入关键词，如：补贴'
          placeholderClass='faq-search__placeholder'
          nativeProps={{ 'aria-label': '搜索常见问题', enterkeyhint: 'search' }}
          data-testid='faq-search-input'
          onInput={(e) => onInput(e.detail.value)}
          onConfirm={(e) => onConfirm(e.detail.value)}
        />
        {value ? (
          <View className='faq-search__clear' role='button' tabIndex={0} aria-label='清空关键词' data-testid='faq-search-clear' onClick={() => onConfirm('')}>
            <Text className='faq-search__clear-mark' aria-hidden='true'>×</Text>
          </View>
        ) : null}
      </View>
    </View>
  )
}
