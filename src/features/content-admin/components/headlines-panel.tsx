// Headlines (publishers): the pinned articles in their order on 首页, each with its expiry, moved
// up or down (reorderPins), given a new term (期限: 不限期 or days from now, keeping its place) or
// unpinned. Pinning itself, with a term, is on the review page.
import { useCallback, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Chip, ChipGroup } from '@/components/chip'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { LoadingState } from '@/components/loading-state'
import { Section } from '@/components/section'
import { formatDateTime } from '@/lib/dates'
import { useLoad } from '@/lib/use-load'
import { useAction } from '@/lib/use-action'
import { pinItem, reorderPins, unpinItem } from '../api/content-decisions'
import { listItems } from '../api/content-items'
import { PIN_DAYS, pinDaysLabel, pinExpiry } from '../pin-term'
import { moved, OrderButtons } from './order-buttons'

export function HeadlinesPanel() {
  const load = useCallback(async () => {
    const { items } = await listItems({ kind: 'article', pinned: true, limit: 50 })
    return [...items].sort((a, b) => (a.pin?.rank ?? 0) - (b.pin?.rank ?? 0))
  }, [])
  const { status, data, error, retry } = useLoad(load, { keepPrevious: true })
  const { busy, note, failure, run } = useAction(retry)
  /** The headline whose term is open for changing. */
  const [terming, setTerming] = useState('')

  const rows = data ?? []
  return (
    <Section title='首页头条' testId='headlines'>
      {status === 'loading' && !data ? <LoadingState rows={2} label='正在加载头条…' /> : null}
      {status === 'error' && error ? <ErrorState message={error.message} onRetry={() => void retry()} /> : null}
      {data && data.length === 0 ? <EmptyState message='没有置顶的文章。在文章的审核发布页可以置顶。' /> : null}
      {rows.map((r, i) => (
        <View key={r.id} className='ca-row' data-testid='headline-row' data-id={r.id}>
          <View className='ca-line__text'>
            <Text className='sf-text'>{`${i + 1}. ${r.title}`}</Text>
            <Text className='sf-meta' data-testid='headline-expiry'>{r.pin?.expiresAt ? `${formatDateTime(r.pin.expiresAt)} 到期` : '不限期'}</Text>
          </View>
          <View className='ca-row__actions'>
            <OrderButtons label={r.title} first={i === 0} last={i === rows.length - 1} busy={busy} testId={`headline-${i}`} onMove={(by) => void run(() => reorderPins({ ids: moved(rows, i, by).map((x) => x.id) }), '头条顺序已保存')} />
            <View
              className='ui-control sf-button ca-inline-button'
              role='button'
              tabIndex={0}
              aria-expanded={terming === r.id}
              aria-label={`${r.title}的置顶期限`}
              data-testid={`headline-${i}-term`}
              onClick={() => setTerming(terming === r.id ? '' : r.id)}
            >
              <Text>期限</Text>
            </View>
            <View className='ui-control sf-button ca-inline-button' role='button' tabIndex={0} aria-label={`取消置顶${r.title}`} data-testid={`headline-${i}-unpin`} onClick={() => !busy && void run(() => unpinItem({ id: r.id }), '已取消置顶')}>
              <Text>取消置顶</Text>
            </View>
          </View>
          {terming === r.id ? (
            <ChipGroup radio label={`${r.title}的置顶期限，从现在算起`}>
              {PIN_DAYS.map((d) => (
                <Chip
                  key={d}
                  label={pinDaysLabel(d)}
                  checked={false}
                  testId={`term-${d}`}
                  onToggle={() => !busy && void run(() => pinItem({ id: r.id, rank: r.pin?.rank ?? i, ...pinExpiry(d) }).then(() => setTerming('')), d ? `置顶期限已改为 ${d} 天` : '已改为不限期')}
                />
              ))}
            </ChipGroup>
          ) : null}
        </View>
      ))}
      {note ? <Text className='ca-done' role='status' data-testid='headlines-done'>{note}</Text> : null}
      {failure ? <Text className='ui-field__message ui-text ui-text--meta-strong ui-tone--brand' role='alert' data-testid='headlines-error'>{failure}</Text> : null}
    </Section>
  )
}
