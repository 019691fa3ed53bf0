// What a person applied with, as the worker's application page and the staff's review both show
// it: 个人信息, 工作信息, 学历信息 and 收款信息, each a titled group of label / value rows. The
// personal numbers come masked; staff may show them whole (`number`), the worker never here.
import type { ReactNode } from 'react'
import { ListRow } from '@/components/list-row'
import type { ApplicationDetail } from '@contracts/dream-plan/application'
import { formatIsoDay } from '@/lib/dates'

export type MaskedNumber = 'idNumber' | 'mobile' | 'cardNumber'

interface ApplicationFactsProps {
  app: Pick<ApplicationDetail, 'personal' | 'work' | 'education' | 'bank'>
  /** The page's titled group (a card of the worker's page, a staff Section). */
  Group: (props: { title: string; testId: string; children: ReactNode }) => ReactNode
  /** `detail-personal` on the worker's page, `review-personal` in the review. */
  testIdPrefix: 'detail' | 'review'
  spread?: boolean
  /** A masked number as the page shows it; the masked text when left out. */
  number?: (field: MaskedNumber, masked: string) => ReactNode
}

export function ApplicationFacts({ app, Group, testIdPrefix, spread = false, number }: ApplicationFactsProps) {
  const masked = (field: MaskedNumber, value: string, testId: string) =>
    number ? <ListRow spread={spread} label={LABELS[field]}>{number(field, value)}</ListRow> : <ListRow spread={spread} label={LABELS[field]} value={value} testId={`${testIdPrefix}-${testId}`} />
  const day = formatIsoDay
  return (
    <>
      <Group title='个人信息' testId={`${testIdPrefix}-personal`}>
        <ListRow spread={spread} label='姓名' value={app.personal.name} />
        {masked('idNumber', app.personal.idNumberMasked, 'id-number')}
        {masked('mobile', app.personal.mobileMasked, 'mobile')}
        <ListRow spread={spread} label='会员证号' value={app.personal.memberNumber} />
        <ListRow spread={spread} label='所在工会组织' value={app.personal.unionOrganisation} />
      </Group>
      <Group title='工作信息' testId={`${testIdPrefix}-work`}>
        <ListRow spread={spread} label='工作单位' value={app.work.employer} />
        <ListRow spread={spread} label='统一社会信用代码' value={app.work.creditCode} />
        <ListRow spread={spread} label='单位所在街道' value={app.work.street} />
        <ListRow spread={spread} label='在福田工作起始日期' value={day(app.work.workingInFutianSince)} />
      </Group>
      <Group title='学历信息' testId={`${testIdPrefix}-education`}>
        <ListRow spread={spread} label='就读学校' value={app.education.school} />
        <ListRow spread={spread} label='专业' value={app.education.major} />
        <ListRow spread={spread} label='学历层次' value={app.education.level} />
        <ListRow spread={spread} label='学习形式' value={app.education.studyMode} />
        <ListRow spread={spread} label='入学日期' value={day(app.education.enrolledOn)} />
        <ListRow spread={spread} label='预计毕业日期' value={day(app.education.expectedGraduation)} />
        <ListRow spread={spread} label='学号' value={app.education.studentNumber} />
      </Group>
      <Group title='收款信息' testId={`${testIdPrefix}-bank`}>
        <ListRow spread={spread} label='开户银行' value={app.bank.bankName} />
        <ListRow spread={spread} label='开户人' value={app.bank.accountHolder} />
        {masked('cardNumber', app.bank.cardNumberMasked, 'card-number')}
      </Group>
    </>
  )
}

const LABELS: Record<MaskedNumber, string> = { idNumber: '身份证号', mobile: '手机号', cardNumber: '银行卡号' }
