// An application's status in words, on a tone that repeats it.
import type { ApplicationSummary } from '@contracts/dream-plan/application'
import { Tag } from '@/components/chip'
import { statusLabel, statusTone } from '../status'

export function StatusChip({ app, large = false }: { app: Pick<ApplicationSummary, 'status' | 'stage' | 'inPublicity'>; large?: boolean }) {
  return (
    <Tag tone={statusTone(app)} large={large} testId='status-chip' status={app.status}>
      {statusLabel(app)}
    </Tag>
  )
}
