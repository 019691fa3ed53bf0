// Small pieces the staff pages share: the red head, a status tag, toggle chips, a section card, a
// notice banner, and the "only for staff" state.
import type { ReactNode } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { ReviewRow } from '@contracts/dream-plan/review'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { MINE_PATH } from '@/lib/routes'
import { rowStatusLabel, rowTone } from '../shared/labels'
import './bits.css'

export function StaffHead({ title, subtitle, children }: { title: string; subtitle?: string; children?: ReactNode }) {
  return (
    <View className='sf-head'>
      <Text className='sf-head__title' role='heading' aria-level='1'>{title}</Text>
      {subtitle ? <Text className='sf-head__subtitle'>{subtitle}</Text> : null}
      {children}
    </View>
  )
}

export function StatusTag({ row }: { row: Pick<ReviewRow, 'status' | 'stage' | 'publicity'> }) {
  return (
    <Text className={`sf-tag sf-tag--${rowTone(row)}`} data-testid='status-tag' data-status={row.status}>
      {rowStatusLabel(row)}
    </Text>
  )
}

/** A toggle chip: a checkbox (multi) or a radio (single), its state in words as well as colour. */
export function Chip({ label, checked, onToggle, multi = false, testId }: { label: string; checked: boolean; onToggle: () => void; multi?: boolean; testId?: string }) {
  return (
    <View
      className={`sf-chip${checked ? ' sf-chip--checked' : ''}`}
      role={multi ? 'checkbox' : 'radio'}
      tabIndex={0}
      aria-checked={checked ? 'true' : 'false'}
      hoverClass='sf-chip--pressed'
      data-testid={testId}
      onClick={onToggle}
    >
      {checked ? <Text className='sf-chip__tick' aria-hidden='true'>✓</Text> : null}
      <Text>{label}</Text>
    </View>
  )
}

export function Section({ title, testId, children, aside }: { title: string; testId?: string; children: ReactNode; aside?: ReactNode }) {
  return (
    <View className='sf-section card' role='region' aria-label={title} data-testid={testId}>
      <View className='sf-section__head'>
        <Text className='sf-section__title' role='heading' aria-level='2'>{title}</Text>
        {aside}
      </View>
      {children}
    </View>
  )
}

export function Banner({ tone, title, children, testId, alert = false }: { tone: 'error' | 'warning' | 'info' | 'success'; title?: string; children?: ReactNode; testId?: string; alert?: boolean }) {
  return (
    <View className={`sf-banner sf-banner--${tone}`} role={alert ? 'alert' : 'note'} data-testid={testId}>
      {title ? <Text className='sf-banner__title'>{title}</Text> : null}
      {children}
    </View>
  )
}

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
