// Queue rows: 申报序号, name, employer and street, school and level, the status tag, and when it
// was submitted. Tap to open; with `selected`, each row carries a checkbox instead (公示, 发放).
import { Text, View } from '@tarojs/components'
import { Tappable } from '@/components/tappable'
import type { ReviewRow } from '@contracts/dream-plan/review'
import { formatDate } from '@/lib/dates'
import { formatYuan } from '@/features/review/labels'
import { StatusTag } from '@/features/review/components/status-tag'
import './review-rows.css'

interface ReviewRowsProps {
  items: ReviewRow[]
  onOpen?: (id: string) => void
  selected?: Set<string>
  onToggle?: (id: string) => void
  showAmount?: boolean
}

export function ReviewRows({ items, onOpen, selected, onToggle, showAmount = false }: ReviewRowsProps) {
  const selectable = Boolean(selected && onToggle)
  return (
    <View className='sf-rows' role='list' data-testid='review-rows'>
      {items.map((row) => {
        const checked = selected?.has(row.id) ?? false
        const summary = `${row.applicationNo} ${row.name}，${row.employer}（${row.street}），${row.school} ${row.level}`
        return (
          <View key={row.id} role='listitem'>
            <Tappable
              className={`sf-row${checked ? ' sf-row--checked' : ''}`}
              role={selectable ? 'checkbox' : 'link'}
              aria-checked={selectable ? (checked ? 'true' : 'false') : undefined}
              aria-label={selectable ? summary : undefined}
              data-testid='review-row'
              data-id={row.id}
              onClick={() => (selectable ? onToggle!(row.id) : onOpen?.(row.id))}
            >
              {selectable ? (
                <View className={`sf-check${checked ? ' sf-check--on' : ''}`} aria-hidden='true'>
                  {checked ? <Text className='sf-check__mark'>✓</Text> : null}
                </View>
              ) : null}
              <View className='sf-row__body'>
                <View className='sf-row__top'>
                  <Text className='sf-row__no' data-testid='row-number'>{row.applicationNo || '编号生成中'}</Text>
                  <StatusTag row={row} />
                </View>
                <Text className='sf-row__name ui-text ui-text--title ui-tone--default' data-testid='row-name'>{row.name}</Text>
                <Text className='sf-row__meta'>{`${row.employer} · ${row.street}`}</Text>
                <Text className='sf-row__meta'>{`${row.school} · ${row.level}${showAmount ? ` · ${formatYuan(row.amount)} 元` : ''}`}</Text>
                <Text className='sf-row__meta'>
                  {`提交于 ${formatDate(row.submittedAt)}`}
                  {row.payment ? ` · 批次 ${row.payment.batchNo}` : ''}
                </Text>
              </View>
              {selectable ? null : <Text className='sf-row__chevron' aria-hidden='true'>›</Text>}
            </Tappable>
          </View>
        )
      })}
    </View>
  )
}
