// Where the worker is in the form: numbered circles (done ones ticked) and the current step's
// title in words, e.g. 第 2 步，共 6 步：工作信息.
import { Text, View } from '@tarojs/components'
import { STEP_SHORT_TITLES, STEP_TITLES } from '../form/fields'
import './step-indicator.css'

export function StepIndicator({ step }: { step: number }) {
  return (
    <View className='dp-steps' data-testid='step-indicator'>
      <View className='dp-steps__row' role='list' aria-label='申请步骤'>
        {STEP_TITLES.map((title, i) => {
          const state = i < step ? 'done' : i === step ? 'current' : 'todo'
          return (
            <View key={title} className={`dp-steps__item dp-steps__item--${state}`} role='listitem' aria-current={i === step ? 'step' : undefined}>
              <Text className='dp-steps__dot' aria-hidden='true'>{state === 'done' ? '✓' : i + 1}</Text>
              <Text className='dp-steps__name' aria-hidden='true'>{STEP_SHORT_TITLES[i]}</Text>
              <Text className='visually-hidden'>{`第 ${i + 1} 步 ${title}${state === 'done' ? '，已完成' : state === 'current' ? '，当前步骤' : ''}`}</Text>
            </View>
          )
        })}
      </View>
      <Text className='dp-steps__title ui-text ui-text--title ui-tone--default' role='heading' aria-level='2' data-testid='step-title'>
        {`第 ${step + 1} 步，共 ${STEP_TITLES.length} 步：${STEP_TITLES[step]}`}
      </Text>
    </View>
  )
}
