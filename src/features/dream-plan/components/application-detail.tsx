// An application's page body: its sections with masked numbers (as anyone who sees this screen
// would), the materials (tap to open), and the status timeline, newest first.
import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { ListRow } from '@/components/list-row'
import type { ApplicationDetail } from '@contracts/dream-plan/application'
import { APPLICATION_STATUSES } from '@contracts/dream-plan/application'
import { formatDateTime } from '@/lib/dates'
import { formatBytes, materialDocs } from '../form/materials'
import { STAGE_LABELS } from '../status'
import { formatFormDate } from './form-field'
import { MaterialRow } from './material-row'
import { formatYuan } from './policy-details'
import './application-detail.css'

function Block({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <View className='dp-detail__block card' role='region' aria-label={title} data-testid={testId}>
      <Text className='dp-detail__title ui-text ui-text--title ui-tone--default' role='heading' aria-level='2'>{title}</Text>
      {children}
    </View>
  )
}

const Row = (props: { label: string; value?: string; testId?: string }) => <ListRow spread {...props} />

/** The application's sections, materials and timeline. */
export function ApplicationInfo({ app }: { app: ApplicationDetail }) {
  const docs = materialDocs(null)
  return (
    <View className='dp-detail'>
      <Block title='办理进度' testId='timeline'>
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
      </Block>

      <Block title='申请信息' testId='detail-summary'>
        <Row label='申报序号' value={app.applicationNo || '编号生成中'} testId='detail-number' />
        <Row label='补贴金额' value={`${formatYuan(app.amount)} 元`} />
        <Row label='提交时间' value={formatDateTime(app.submittedAt)} />
      </Block>

      <Block title='个人信息' testId='detail-personal'>
        <Row label='姓名' value={app.personal.name} />
        <Row label='身份证号' value={app.personal.idNumberMasked} testId='detail-id-number' />
        <Row label='手机号' value={app.personal.mobileMasked} />
        <Row label='会员证号' value={app.personal.memberNumber} />
        <Row label='所在工会组织' value={app.personal.unionOrganisation} />
      </Block>

      <Block title='工作信息' testId='detail-work'>
        <Row label='工作单位' value={app.work.employer} />
        <Row label='统一社会信用代码' value={app.work.creditCode} />
        <Row label='单位所在街道' value={app.work.street} />
        <Row label='在福田工作起始日期' value={formatFormDate(app.work.workingInFutianSince)} />
      </Block>

      <Block title='学历信息' testId='detail-education'>
        <Row label='就读学校' value={app.education.school} />
        <Row label='专业' value={app.education.major} />
        <Row label='学历层次' value={app.education.level} />
        <Row label='学习形式' value={app.education.studyMode} />
        <Row label='入学日期' value={formatFormDate(app.education.enrolledOn)} />
        <Row label='预计毕业日期' value={formatFormDate(app.education.expectedGraduation)} />
        <Row label='学号' value={app.education.studentNumber} />
      </Block>

      <Block title='收款信息' testId='detail-bank'>
        <Row label='开户银行' value={app.bank.bankName} />
        <Row label='开户人' value={app.bank.accountHolder} />
        <Row label='银行卡号' value={app.bank.cardNumberMasked} testId='detail-card-number' />
      </Block>

      <Block title='申请材料' testId='detail-materials'>
        {app.materials.map((file) => (
          <MaterialRow
            key={file.kind}
            file={file}
            label={docs.find((d) => d.kind === file.kind)?.name ?? file.name}
            detail={`${file.name} · ${formatBytes(file.size)}`}
            testId='detail-material'
          />
        ))}
      </Block>
    </View>
  )
}
