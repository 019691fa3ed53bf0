// 办理记录: every status change, newest first, with who made it (staff by name and role) and the
// reason the applicant was given.
import { Text, View } from '@tarojs/components'
import type { ReviewActor, ReviewDetail } from '@contracts/dream-plan/review'
import { formatDateTime } from '@/lib/dates'
import { roleName } from '@/features/review/labels'
import { REVIEW_STAGES } from '@contracts/dream-plan/review-words'
import { APPLICATION_STATUSES } from '@contracts/dream-plan/application'
import './review-history.css'

function actorName(by: ReviewActor): string {
  if (by.kind === 'applicant') return '申请人'
  return `${by.name ?? '工作人员'}（${roleName(by.role)}）`
}

export function ReviewHistory({ history }: { history: ReviewDetail['history'] }) {
  return (
    <View role='list'>
      {[...history].reverse().map((entry, i) => (
        <View key={`${entry.at}-${i}`} className={`sf-timeline__entry${i === 0 ? ' sf-timeline__entry--latest' : ''}`} role='listitem' data-testid='history-entry'>
          <Text className='sf-timeline__status ui-text ui-text--text-bold ui-tone--default'>
            {`${entry.from ? `${APPLICATION_STATUSES[entry.from]} → ` : ''}${APPLICATION_STATUSES[entry.to] ?? entry.to}${entry.stage ? ` · ${REVIEW_STAGES[entry.stage]}` : ''}`}
          </Text>
          <Text className='sf-meta'>{`${formatDateTime(entry.at)} · ${actorName(entry.by)}`}</Text>
          {entry.reason ? <Text className='sf-timeline__reason ui-text ui-text--text ui-tone--default' userSelect>{`原因：${entry.reason}`}</Text> : null}
          {entry.note ? <Text className='sf-meta'>{entry.note}</Text> : null}
        </View>
      ))}
    </View>
  )
}
