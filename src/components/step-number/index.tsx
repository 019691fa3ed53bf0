// The round number before a step of a numbered list (申请流程, 接下来). Screen readers skip it and
// hear 第N步 instead: the list reads in order without it.
import { Text, View } from '@tarojs/components'
import './index.css'

export function StepNumber({ n }: { n: number }) {
  return (
    <Text className='ui-badge ui-step-number' aria-hidden='true'>
      {n}
    </Text>
  )
}

/** A numbered list of steps (怎么办, 办理流程, 接下来). */
export function StepList({ steps }: { steps: string[] }) {
  return (
    <View className='ui-steps' role='list'>
      {steps.map((step, i) => (
        <View key={i} className='ui-steps__item' role='listitem'>
          <StepNumber n={i + 1} />
          <Text className='ui-steps__text ui-text ui-text--body ui-tone--default ui-break' userSelect>
            <Text className='visually-hidden'>{`第${i + 1}步：`}</Text>
            {step}
          </Text>
        </View>
      ))}
    </View>
  )
}
