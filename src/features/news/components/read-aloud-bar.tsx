// 朗读's controls under an article's title: one large play/pause button, the speed, and which
// paragraph is being read. When the platform cannot speak, the button says so and the line below why.
import { Text, View } from '@tarojs/components'
import { Tappable } from '@/components/tappable'
import { RATES, type ReaderState } from '../read-aloud/reader'
import './read-aloud-bar.css'

interface ReadAloudBarProps {
  state: ReaderState
  total: number
  onToggle: () => void
  onRate: (rate: number) => void
}

const LABELS = { idle: '朗读全文', playing: '暂停朗读', paused: '继续朗读', checking: '正在准备朗读…' } as const

export function ReadAloudBar({ state, total, onToggle, onRate }: ReadAloudBarProps) {
  // The same two rows as the other states (button, then the speeds' row with the reason in its
  // place): the bar first shows 正在准备朗读 with the speeds, and a bar that shrank when the check
  // failed moved the whole article up (layout shift 0.031 on the H5 article page).
  if (state.status === 'unavailable') {
    return (
      <View className='read-aloud' data-testid='read-aloud'>
        <View className='ui-control read-aloud__button read-aloud__button--off' role='button' aria-disabled='true' aria-describedby='read-aloud-reason' tabIndex={0} data-testid='read-aloud-button'>
          <Text>朗读不可用</Text>
        </View>
        <Text className='read-aloud__reason' id='read-aloud-reason' data-testid='read-aloud-reason'>
          {state.reason ?? ''}
        </Text>
      </View>
    )
  }
  const active = state.status === 'playing' || state.status === 'paused'
  return (
    <View className='read-aloud' data-testid='read-aloud'>
      <Tappable
        className={`ui-control read-aloud__button${state.status === 'playing' ? ' read-aloud__button--on' : ''}`}
        role='button'
        aria-disabled={state.status === 'checking' ? 'true' : 'false'}
        aria-pressed={state.status === 'playing' ? 'true' : 'false'}
        data-testid='read-aloud-button'
        onClick={onToggle}
      >
        <Text aria-hidden='true' className='read-aloud__icon'>{state.status === 'playing' ? '❚❚' : '▶'}</Text>
        <Text>{LABELS[state.status]}</Text>
      </Tappable>
      <View className='read-aloud__rates' role='radiogroup' aria-label='朗读语速'>
        {RATES.map((rate) => (
          <View
            key={rate}
            className={`ui-control read-aloud__rate${state.rate === rate ? ' read-aloud__rate--on' : ''}`}
            role='radio'
            aria-checked={state.rate === rate ? 'true' : 'false'}
            tabIndex={0}
            data-testid={`read-aloud-rate-${rate}`}
            onClick={() => onRate(rate)}
          >
            <Text>{`${rate}倍`}</Text>
          </View>
        ))}
      </View>
      {active ? (
        <Text className='read-aloud__progress' role='status' data-testid='read-aloud-progress'>
          {`${state.status === 'paused' ? '已暂停' : '正在朗读'} 第 ${state.position + 1} / ${total} 段`}
        </Text>
      ) : null}
    </View>
  )
}
