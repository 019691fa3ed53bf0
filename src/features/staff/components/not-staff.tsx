// What someone without a staff role sees on a staff page, and how a failed staff load reads.
import Taro from '@tarojs/taro'
import { Text } from '@tarojs/components'
import { Tappable } from '@/components/tappable'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { MINE_PATH } from '@/lib/routes'

/** "Only for staff", with the way back to 我的. */
export function NotStaff({ message = '此页面仅供工会工作人员使用' }: { message?: string }) {
  return (
    <EmptyState message={message}>
      <Tappable className='text-link' data-testid='back-to-mine' onClick={() => void Taro.switchTab({ url: MINE_PATH })}>
        <Text>返回“我的”</Text>
      </Tappable>
    </EmptyState>
  )
}

/** A load that failed: FORBIDDEN (a worker, or a role revoked since) reads as "staff only"; anything
 * else shows the error, with 重试 when retrying can help. */
export function LoadFailure({ error, onRetry }: { error: { code?: string; message: string }; onRetry?: () => void }) {
  return error.code === 'FORBIDDEN' ? <NotStaff message={error.message} /> : <ErrorState message={error.message} onRetry={onRetry} />
}
