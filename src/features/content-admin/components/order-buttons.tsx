// 上移 / 下移 beside a row of an ordered list (channels, headlines): words, not arrows alone, so a
// screen reader and an older reader both know what each does.
import { Text, View } from '@tarojs/components'
import './fields.css'

/** `list` with the item at `i` moved by `by` (−1 up, +1 down); the same list when it cannot move. */
export function moved<T>(list: readonly T[], i: number, by: -1 | 1): T[] {
  const j = i + by
  if (j < 0 || j >= list.length) return [...list]
  const next = [...list]
  ;[next[i], next[j]] = [next[j], next[i]]
  return next
}

export function OrderButtons({ label, first, last, busy, onMove, testId }: { label: string; first: boolean; last: boolean; busy: boolean; onMove: (by: -1 | 1) => void; testId: string }) {
  return (
    <View className='ca-order'>
      {!first ? (
        <View className='ui-control sf-button ca-inline-button' role='button' tabIndex={0} aria-label={`${label}上移`} data-testid={`${testId}-up`} onClick={() => !busy && onMove(-1)}>
          <Text>上移</Text>
        </View>
      ) : null}
      {!last ? (
        <View className='ui-control sf-button ca-inline-button' role='button' tabIndex={0} aria-label={`${label}下移`} data-testid={`${testId}-down`} onClick={() => !busy && onMove(1)}>
          <Text>下移</Text>
        </View>
      ) : null}
    </View>
  )
}
