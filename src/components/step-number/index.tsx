// The round number before a step of a numbered list (申请流程, 接下来). Screen readers skip it: the
// list reads in order without it.
import { Text } from '@tarojs/components'
import './index.css'

export function StepNumber({ n }: { n: number }) {
  return (
    <Text className='ui-step-number' aria-hidden='true'>
      {n}
    </Text>
  )
}
