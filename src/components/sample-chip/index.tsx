// The 示例 label on demo content (sample notices, services, places, FAQs). Its look lives in app.css
// (`.sample-chip`): words, not colour alone, say the content is not real.
import { Text } from '@tarojs/components'

/** 示例: demo content says so in words. */
export function SampleChip() {
  return (
    <Text className='sample-chip' data-testid='sample-chip'>
      示例
    </Text>
  )
}
