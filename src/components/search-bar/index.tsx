// The search field of 资讯搜索 and 常见问题: a labelled input, a clear (×) button while there is text,
// and 搜索 where results do not follow the typing. Tap targets follow 关怀模式 (index.css).
import { Button, Input, Text, View } from '@tarojs/components'
import './index.css'

interface SearchBarProps {
  value: string
  onInput: (value: string) => void
  /** Enter / 搜索: search now. */
  onSearch: (value: string) => void
  onClear: () => void
  maxLength: number
  placeholder: string
  /** What screen readers hear for the input. */
  inputLabel: string
  /** A visible-to-screen-readers heading for the field, when the page has none. */
  label?: string
  /** Test ids: `<testId>-input`, `-clear`, `-submit`. */
  testId: string
  /** A 搜索 button (pages whose results follow the typing leave it out). */
  submit?: boolean
  focus?: boolean
}

export function SearchBar({ value, onInput, onSearch, onClear, maxLength, placeholder, inputLabel, label, testId, submit = true, focus = false }: SearchBarProps) {
  return (
    <View className='search-bar' role='search'>
      {label ? <Text className='visually-hidden'>{label}</Text> : null}
      <View className='search-bar__field'>
        <Input
          className='search-bar__input'
          type='text'
          confirmType='search'
          value={value}
          focus={focus}
          maxlength={maxLength}
          placeholder={placeholder}
          placeholderClass='search-bar__placeholder'
          nativeProps={{ 'aria-label': inputLabel, enterkeyhint: 'search' }}
          data-testid={`${testId}-input`}
          onInput={(e) => onInput(e.detail.value)}
          onConfirm={(e) => onSearch(e.detail.value)}
        />
        {value ? (
          <View className='search-bar__clear' role='button' tabIndex={0} aria-label='清空关键词' data-testid={`${testId}-clear`} onClick={onClear}>
            <Text className='search-bar__clear-mark' aria-hidden='true'>×</Text>
          </View>
        ) : null}
      </View>
      {submit ? (
        <Button className='ui-control ui-button ui-button--primary search-bar__submit' role='button' tabIndex={0} data-testid={`${testId}-submit`} onClick={() => onSearch(value)}>
          搜索
        </Button>
      ) : null}
    </View>
  )
}
