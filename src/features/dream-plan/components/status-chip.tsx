// An application's status in words, on a colour that repeats it.
import { Text } from '@tarojs/components'
import type { ApplicationSummary } from '@contracts/dream-plan/application'
import { statusLabel, statusTone } from '../status'
import './status-chip.css'

export function StatusChip({ app, large = false }: { app: Pick<ApplicationSummary, 'status' | 'stage' | 'inPublicity'>; large?: boolean }) {
  return (
    <Text className={`dp-status dp-status--${statusTone(app)}${large ? ' dp-status--large' : ''}`} data-testid='status-chip' data-status={app.status}>
      {statusLabel(app)}
    </Text>
  )
}
