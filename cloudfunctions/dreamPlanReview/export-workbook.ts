// The export's workbook (exceljs): one sheet, a header row, one row per application. Card numbers
// are full only when `fullCardNumbers` (finance, who pays into them); everything else stays masked.
import ExcelJS from 'exceljs'
import { APPLICATION_STATUSES } from '../../contracts/dream-plan/application'
import type { ApplicationDoc } from '../../contracts/dream-plan/documents'
import { REVIEW_STAGES } from '../../contracts/dream-plan/review'

export const EXPORT_SHEET = '圆梦计划申请'

const COLUMNS: { header: string; key: string; width: number }[] = [
  { header: '申报序号', key: 'applicationNo', width: 14 },
  { header: '姓名', key: 'name', width: 10 },
  { header: '身份证号', key: 'idNumber', width: 22 },
  { header: '手机号', key: 'mobile', width: 14 },
  { header: '工作单位', key: 'employer', width: 28 },
  { header: '统一社会信用代码', key: 'creditCode', width: 22 },
  { header: '街道', key: 'street', width: 8 },
  { header: '就读学校', key: 'school', width: 22 },
  { header: '专业', key: 'major', width: 16 },
  { header: '学历层次', key: 'level', width: 8 },
  { header: '学习形式', key: 'studyMode', width: 12 },
  { header: '开户银行', key: 'bankName', width: 18 },
  { header: '开户人', key: 'accountHolder', width: 10 },
  { header: '银行卡号', key: 'cardNumber', width: 24 },
  { header: '补贴金额（元）', key: 'amount', width: 12 },
  { header: '状态', key: 'status', width: 10 },
  { header: '审核阶段', key: 'stage', width: 10 },
  { header: '提交时间', key: 'submittedAt', width: 18 },
  { header: '发放批次', key: 'batchNo', width: 14 },
  { header: '发放日期', key: 'paidAt', width: 12 }
]

/** 2026-03-01 14:30 in Shanghai. */
function shanghaiMinute(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ')
}

export async function exportWorkbook(docs: ApplicationDoc[], cardNumberOf: (doc: ApplicationDoc) => string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '福田区总工会'
  const sheet = workbook.addWorksheet(EXPORT_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = COLUMNS
  sheet.getRow(1).font = { bold: true }
  for (const d of docs) {
    sheet.addRow({
      applicationNo: d.applicationNo,
      name: d.personal.name,
      idNumber: d.personal.idNumberMasked,
      mobile: d.personal.mobileMasked,
      employer: d.work.employer,
      creditCode: d.work.creditCode,
      street: d.work.street,
      school: d.education.school,
      major: d.education.major,
      level: d.education.level,
      studyMode: d.education.studyMode,
      bankName: d.bank.bankName,
      accountHolder: d.bank.accountHolder,
      // Text, not a number: 19 digits would lose precision, and Excel would show 6.2E+18.
      cardNumber: cardNumberOf(d),
      amount: d.amount,
      status: APPLICATION_STATUSES[d.status],
      stage: d.stage && (d.status === 'in_review' || d.status === 'returned' || d.status === 'rejected') ? REVIEW_STAGES[d.stage] : '',
      submittedAt: shanghaiMinute(d.submittedAt),
      batchNo: d.payment?.batchNo ?? '',
      paidAt: d.payment?.paidAt ?? ''
    })
  }
  sheet.getColumn('cardNumber').numFmt = '@'
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
