// One answer out of a few, as large tap targets (radio semantics, so a screen reader says which is
// chosen); used by the self-check, where a picker wheel would hide the options.
import { Text, View } from '@tarojs/components'
import { Tappable } from '@/components/tappable'
import './choice-group.css'

export interface Choice {
  value: string
  label: string
}

interface ChoiceGroupProps {
  /** id of the question's heading. */
  labelledBy: string
  choices: Choice[]
  value: string
  testId: string
  onChange: (value: string) => void
}

export function ChoiceGroup({ labelledBy, choices, value, testId, onChange }: ChoiceGroupProps) {
  return (
    <View className='dp-choices' role='radiogroup' aria-labelledby={labelledBy} data-testid={testId}>
      {choices.map((c) => {
        const chosen = c.value === value
        return (
          <Tappable
            key={c.value}
            className={`dp-choice ui-flex-row${chosen ? ' dp-choice--chosen' : ''}`}
            role='radio'
            aria-checked={chosen ? 'true' : 'false'}
            data-testid={`choice-${c.value}`}
            onClick={() => onChange(c.value)}
          >
            <Text className='dp-choice__mark' aria-hidden='true'>{chosen ? '●' : '○'}</Text>
            <Text className='dp-choice__label'>{c.label}</Text>
          </Tappable>
        )
      })}
    </View>
  )
}
