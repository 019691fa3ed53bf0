// The search field: a labelled input, a clear (×) button while there is text, and 搜索.
import { Button, Input, Text, View } from '@tarojs/components'
import './search-bar.css'

interface SearchBarProps {
  value: string
  onInput: (value: string) => void
  onSearch: (value: string) => void
  onClear: () => void
  maxLength: number
  focus?: boolean
}

/** Search input with its visible label (screen readers get it through aria-label as well). */
export function SearchBar({ value, onInput, onSearch, onClear, maxLength, focus = false }: SearchBarProps) {
  return (
    <View className='search-bar' role='search'>
      <Text className='visually-hidden'>搜索工会资讯</Text>
      <View className='search-bar__field'>
        <Input
          className='search-bar__input'
          type='text'
          confirmType='search'
          value={value}
          focus={focus}
          maxlength={maxLength}
          placeholder='输入关键词，如：圆梦计划'
          placeholderClass='search-bar__placeholder'
          nativeProps={{ 'aria-label': '搜索关键词', enterkeyhint: 'search' }}
          data-testid='search-input'
          onInput={(e) => onInput(e.detail.value)}
          onConfirm={(e) => onSearch(e.detail.value)}
        />
        {value ? (
          <View className='search-bar__clear' role='button' tabIndex={0} aria-label='清空关键词' data-testid='search-clear' onClick={onClear}>
            <Text className='search-bar__clear-mark' aria-hidden='true'>×</Text>
          </View>
        ) : null}
      </View>
      <Button className='search-bar__submit' role='button' tabIndex={0} data-testid='search-submit' onClick={() => onSearch(value)}>
        搜索
      </Button>
    </View>
  )
}
