// An application's page body: its sections with masked numbers (as anyone who sees this screen
// would), the materials (tap to open), and the status timeline, newest first.
import { Text, View } from '@tarojs/components'
import { ListRow } from '@/components/list-row'
import { WorkerSection } from '@/components/section'
import type { ApplicationDetail } from '@contracts/dream-plan/application'
import { APPLICATION_STATUSES } from '@contracts/dream-plan/application'
import { formatDateTime } from '@/lib/dates'
import { formatBytes, materialDocs } from '../form/materials'
import { STAGE_LABELS } from '../status'
import { ApplicationFacts } from './application-facts'
import { MaterialRow } from './material-row'
import { formatYuan } from './policy-details'
import './application-detail.css'

const Row = (props: { label: string; value?: string; testId?: string }) => <ListRow spread {...props} />

/** The application's sections, materials and timeline. */
export function ApplicationInfo({ app }: { app: ApplicationDetail }) {
  const docs = materialDocs(null)
  return (
    <View className='dp-detail'>
      <WorkerSection title='办理进度' testId='timeline'>
        <View className='dp-timeline' role='list'>
          {[...app.timeline].reverse().map((entry, i) => (
            <View key={`${entry.at}-${i}`} className={`dp-timeline__entry${i === 0 ? ' dp-timeline__entry--latest' : ''}`} role='listitem' data-testid='timeline-entry'>
              <View className='dp-timeline__marker' aria-hidden='true' />
              <View className='dp-timeline__body'>
                <Text className='dp-timeline__status'>
                  {APPLICATION_STATUSES[entry.status] ?? entry.status}
                  {entry.stage ? ` · ${STAGE_LABELS[entry.stage]}` : ''}
                </Text>
                <Text className='dp-timeline__time'>{formatDateTime(entry.at)}</Text>
                {entry.reason ? <Text className='dp-timeline__reason' userSelect>{`原因：${entry.reason}`}</Text> : null}
                {entry.note ? <Text className='dp-timeline__note'>{entry.note}</Text> : null}
              </View>
            </View>
          ))}
        </View>
      </WorkerSection>

      <WorkerSection title='申请信息' testId='detail-summary'>
        <Row label='申报序号' value={app.applicationNo || '编号生成中'} testId='detail-number' />
        <Row label='补贴金额' value={`${formatYuan(app.amount)} 元`} />
        <Row label='提交时间' value={formatDateTime(app.submittedAt)} />
      </WorkerSection>

      <ApplicationFacts app={app} Group={WorkerSection} testIdPrefix='detail' spread />

      <WorkerSection title='申请材料' testId='detail-materials'>
        {app.materials.map((file) => (
          <MaterialRow
            key={file.kind}
            file={file}
            label={docs.find((d) => d.kind === file.kind)?.name ?? file.name}
            detail={`${file.name} · ${formatBytes(file.size)}`}
            testId='detail-material'
          />
        ))}
      </WorkerSection>
    </View>
  )
}
