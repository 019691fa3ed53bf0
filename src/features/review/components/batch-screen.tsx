// The screen of a batch decision on many applications (公示, 发放): the rows to choose from with
// their load states, what the last batch did, an optional form, the bar with the action, and its
// confirmation. The page says what the batch is; this draws it the one way.
import type { ReactNode } from 'react'
import { Button, View } from '@tarojs/components'
import { EmptyState } from '@/components/empty-state'
import { LoadingState } from '@/components/loading-state'
import { PageHeader } from '@/components/page-header'
import { LoadFailure } from '@/features/staff'
import { useReadingSettings } from '@/lib/use-reading-settings'
import type { SelectableRows } from '../hooks/use-selection'
import { ReviewRows } from './review-rows'
import { SelectBar } from './select-bar'
import './frame.css'

interface BatchScreenProps {
  /** `staff-publish` …: the page's test id; the list is `<name>-list`, the action `<name>-button`. */
  name: 'publish' | 'pay'
  title: string
  subtitle: string
  rows: SelectableRows
  loadingLabel: string
  emptyMessage: string
  /** What the last batch did (a banner), above the list. */
  result?: ReactNode
  /** Fields the batch needs (发放's 批次号 and date), above the rows. */
  form?: ReactNode
  /** The bar's words when rows are chosen. */
  actionText: string
  onAction: () => void
  /** The confirmation, while it is open. */
  dialog?: ReactNode
}

export function BatchScreen({ name, title, subtitle, rows, loadingLabel, emptyMessage, result, form, actionText, onAction, dialog }: BatchScreenProps) {
  const reading = useReadingSettings()
  const listed = rows.status === 'ready' && rows.items.length > 0
  return (
    <View className={`page sf-page sf-page--with-bar ${reading.rootClassName}`} style={reading.rootStyle} role='main' data-testid={`staff-${name}`}>
      <PageHeader title={title} subtitle={subtitle} />
      {result}
      {rows.status === 'loading' ? <LoadingState rows={3} label={loadingLabel} /> : null}
      {rows.status === 'error' && rows.error ? <LoadFailure error={rows.error} onRetry={() => void rows.retry()} /> : null}
      {rows.status === 'ready' && rows.items.length === 0 ? <EmptyState message={emptyMessage} /> : null}
      {listed ? (
        <View data-testid={`${name}-list`}>
          {form}
          <SelectBar total={rows.items.length} chosen={rows.chosen.length} amount={rows.amount} allChosen={rows.allChosen} onToggleAll={rows.toggleAll} />
          <ReviewRows items={rows.items} selected={rows.selected} onToggle={rows.toggle} showAmount />
        </View>
      ) : null}
      {listed ? (
        <View className='sf-bar'>
          <Button className='ui-control sf-button ui-button ui-button--primary' role='button' tabIndex={0} disabled={rows.chosen.length === 0} data-testid={`${name}-button`} onClick={onAction}>
            {rows.chosen.length ? actionText : '请先选择申请'}
          </Button>
        </View>
      ) : null}
      {dialog}
    </View>
  )
}
