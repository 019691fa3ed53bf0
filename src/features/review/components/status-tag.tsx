// An application's status as a reviewer reads it (incl. 公示中), on the kit's Tag.
import type { ReviewRow } from '@contracts/dream-plan/review'
import { Tag } from '@/components/chip'
import { rowStatusLabel, rowTone } from '../labels'

export function StatusTag({ row }: { row: Pick<ReviewRow, 'status' | 'stage' | 'publicity'> }) {
  return (
    <Tag tone={rowTone(row)} testId='status-tag' status={row.status}>
      {rowStatusLabel(row)}
    </Tag>
  )
}
