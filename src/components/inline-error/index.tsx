// A failure inside a section of a page (headlines, related articles, "load more"): one line of
// Chinese text and a 重试 button, without taking over the page.
import { Button, Text, View } from '@tarojs/components'
import './index.css'

interface InlineErrorProps {
  message: string
  onRetry: () => void
  retryText?: string
  testId?: string
}

/** A compact error row with a retry button. */
export function InlineError({ message, onRetry, retryText = '重试', testId = 'inline-error' }: InlineErrorProps) {
  return (
    <View className='inline-error' data-testid={testId}>
      <Text className='inline-error__message'>{message}</Text>
      <Button className='ui-control ui-button ui-button--secondary inline-error__retry' role='button' tabIndex={0} onClick={onRetry}>
        {retryText}
      </Button>
    </View>
  )
}
