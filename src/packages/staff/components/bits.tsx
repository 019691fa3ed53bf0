// The staff pages' pieces on top of the UI kit: a status tag in review words, and the "only for
// staff" state.
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Banner } from '@/components/banner'
import { Chip, Tag } from '@/components/chip'
import type { ReviewRow } from '@contracts/dream-plan/review'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { PageHeader } from '@/components/page-header'
import { Section } from '@/components/section'
import { MINE_PATH } from '@/lib/routes'
import { rowStatusLabel, rowTone } from '../shared/labels'

/** The staff pages' red head. */
export const StaffHead = PageHeader

export function StatusTag({ row }: { row: Pick<ReviewRow, 'status' | 'stage' | 'publicity'> }) {
  return (
    <Tag tone={rowTone(row)} testId='status-tag' status={row.status}>
      {rowStatusLabel(row)}
    </Tag>
  )
}

export { Banner, Chip, Section }

/** What a worker (or anyone without a role here) sees on a staff page. */
export function NotStaff({ message = '此页面仅供工会工作人员使用' }: { message?: string }) {
  return (
    <EmptyState message={message}>
      <View className='text-link' role='link' tabIndex={0} hoverClass='text-link--pressed' data-testid='back-to-mine' onClick={() => void Taro.switchTab({ url: MINE_PATH })}>
        <Text>返回“我的”</Text>
      </View>
    </EmptyState>
  )
}

/** A load that failed: FORBIDDEN (a worker, or a role revoked since) reads as "staff only"; anything
 * else shows the error, with 重试 when retrying can help. */
export function LoadFailure({ error, onRetry }: { error: { code?: string; message: string }; onRetry?: () => void }) {
  return error.code === 'FORBIDDEN' ? <NotStaff message={error.message} /> : <ErrorState message={error.message} onRetry={onRetry} />
}
