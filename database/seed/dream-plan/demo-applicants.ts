// The 圆梦计划 demo applicants of the local CloudBase (seed-demo-applications.ts submits their
// applications through the real functions on the first `npm start`). Everything here is made up and
// says so: every name is <family name>示例, employers, schools and banks carry 示例, mobile numbers
// are 138 0000 ····, student numbers start DEMO. The numbers are nonetheless valid (GB 11643 check
// character and a real birth date, GB 11714 + GB 32100 check characters, Luhn), because the
// functions check them exactly as they check a worker's. Deterministic: one seeded PRNG (mulberry32),
// so the list never changes unless this file does.
import type { BankSection, EducationSection, PersonalSection, WorkSection } from '../../../contracts/dream-plan/application'
import { creditCodeCheckChar, idCheckChar, luhnCheckDigit } from '../../../contracts/dream-plan/identity-numbers'
import { STUDY_MODES, type EducationLevel } from '../../../contracts/dream-plan/policy'
import { DEMO_PERSONAS } from '../../../contracts/staff/demo-personas'
import { STREETS, type Street } from '../../../contracts/services/catalog'
import { mulberry32 } from '../services/generate-places'

/**
 * Where the seed leaves an application: a status, and for 审核中 / 退回补正 / 未通过 the level.
 * `published` is 已通过 and in the 公示 list. There is no 已发放: payment needs the 公示 period to be
 * over, and only time can end it (see seed-demo-applications.ts).
 */
export type DemoTarget =
  | 'submitted'
  | 'in_review:street'
  | 'in_review:district'
  | 'returned:street'
  | 'returned:district'
  | 'rejected:street'
  | 'rejected:district'
  | 'approved'
  | 'published'

/** The reviewers' reasons (the worker reads them); no personal data. */
export const DEMO_REASONS = {
  'returned:street': '入学证明照片不清晰，看不清学校和专业，请重新拍摄上传',
  'returned:district': '学费缴费凭证未显示缴费日期，请补充学校出具的缴费证明',
  'rejected:street': '经核实，申请人提交申请时尚未加入工会组织，不符合申请条件',
  'rejected:district': '经核实，申请人已在往年享受过圆梦计划补贴，每人限申请一次'
} as const

export interface DemoApplicant {
  /** demo-applicant-01 …, in submission order. */
  openid: string
  target: DemoTarget
  personal: PersonalSection
  work: WorkSection
  education: EducationSection
  bank: BankSection
}

/** The outcomes in the demo street reviewer's streets (16; with the other streets' 8, 24 in all). */
const PLAN_IN_REVIEWER_STREETS: DemoTarget[] = [
  'published',
  'published',
  'published',
  'approved',
  'approved',
  'in_review:district',
  'in_review:district',
  'in_review:district',
  'in_review:street',
  'in_review:street',
  'returned:street',
  'returned:district',
  'rejected:street',
  'rejected:district',
  'submitted',
  'submitted'
]
/** Streets the demo street reviewer does not hold: their 初审 is nobody's in the demo, so they wait 已提交. */
const OTHER_STREET_COUNT = 8

const FAMILY_NAMES = ['张', '王', '李', '赵', '陈', '刘', '杨', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗', '梁', '宋', '郑', '谢']
const INDUSTRIES = ['科技', '物业管理', '餐饮管理', '电子商务', '建筑工程', '医疗器械', '物流', '文化传媒', '会计服务', '商贸', '信息技术', '酒店管理']
const SCHOOLS = ['示例开放大学', '示例城市职业学院', '示例理工大学继续教育学院', '示例师范大学网络教育学院', '示例财经学院']
const MAJORS: Record<EducationLevel, string[]> = {
  大专: ['行政管理', '大数据与会计', '电子商务', '计算机应用技术', '物业管理', '工程造价'],
  本科: ['工商管理', '会计学', '计算机科学与技术', '法学', '人力资源管理', '土木工程']
}
const BANKS = ['示例银行深圳福田支行', '示例银行深圳莲花支行', '示例农村商业银行深圳分行']
/** 深圳市福田、罗湖、南山、宝安、龙岗、盐田 (行政区划代码). */
const ID_REGIONS = ['440304', '440303', '440305', '440306', '440307', '440308']
/** 深圳市福田区 (行政区划代码), the 统一社会信用代码's region part. */
const CREDIT_REGION = '440304'
const SEED = 0x20267a11
const LEVELS: readonly EducationLevel[] = ['大专', '本科']

/** The streets the demo street reviewer holds (福田 and 莲花): applications there go through review. */
export function demoReviewerStreets(): Street[] {
  const reviewer = DEMO_PERSONAS.find((p) => p.roles.includes('street_reviewer'))
  if (!reviewer?.streets.length) throw new Error('contracts/staff/demo-personas.ts has no street reviewer with streets')
  return [...reviewer.streets]
}

/** The demo applicants, in the order they submit. */
export function demoApplicants(): DemoApplicant[] {
  const random = mulberry32(SEED)
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1))
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]
  const digits = (n: number) => Array.from({ length: n }, () => String(int(0, 9))).join('')
  const pad = (n: number, width = 2) => String(n).padStart(width, '0')

  const reviewerStreets = demoReviewerStreets()
  const otherStreets = STREETS.filter((s) => !reviewerStreets.includes(s))
  // Levels alternate (apart from streets), so the 公示 and each queue hold both.
  const plan: { target: DemoTarget; street: Street; level: EducationLevel }[] = [
    ...PLAN_IN_REVIEWER_STREETS.map((target, i) => ({ target, street: reviewerStreets[i % reviewerStreets.length], level: LEVELS[Math.floor(i / 2) % 2] })),
    ...Array.from({ length: OTHER_STREET_COUNT }, (_, i) => ({ target: 'submitted' as const, street: otherStreets[i % otherStreets.length], level: LEVELS[i % 2] }))
  ]
  // Submission order mixed, so the queue (oldest first) is not sorted by outcome.
  for (let i = plan.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[plan[i], plan[j]] = [plan[j], plan[i]]
  }
  if (plan.length > FAMILY_NAMES.length) throw new Error('more demo applicants than demo family names')

  const employers = new Set<string>()
  const idNumbers = new Set<string>()
  return plan.map(({ target, street, level }, i) => {
    const n = i + 1
    const name = `${FAMILY_NAMES[i]}示例`

    let idNumber = ''
    do {
      const birth = new Date(Date.UTC(int(1986, 2003), int(0, 11), int(1, 28)))
      const first17 = `${pick(ID_REGIONS)}${birth.toISOString().slice(0, 10).replace(/-/g, '')}${digits(3)}`
      idNumber = first17 + idCheckChar(first17)
    } while (idNumbers.has(idNumber))
    idNumbers.add(idNumber)

    let employer = ''
    for (let k = int(0, INDUSTRIES.length - 1); !employer || employers.has(employer); k++) {
      employer = `深圳市${street}示例${INDUSTRIES[k % INDUSTRIES.length]}有限公司`
    }
    employers.add(employer)

    const springIntake = random() < 0.4
    const enrolledOn = springIntake ? '2026-03-01' : '2025-09-01'
    const years = level === '大专' ? 2.5 : 3
    const graduates = springIntake ? (years === 3 ? '2029-01-15' : '2028-07-01') : years === 3 ? '2028-07-01' : '2028-01-15'

    const personal: PersonalSection = {
      name,
      idNumber,
      mobile: `1380000${digits(4)}`,
      ...(n % 2 === 0 ? { memberNumber: `FTGH-DEMO-${pad(n, 4)}` } : { unionOrganisation: `${employer}工会` })
    }
    const work: WorkSection = {
      employer,
      creditCode: creditCode(digits(8)),
      street,
      workingInFutianSince: `${int(2012, 2024)}-${pad(int(1, 12))}-01`
    }
    const education: EducationSection = {
      school: pick(SCHOOLS),
      major: pick(MAJORS[level]),
      level,
      studyMode: pick(STUDY_MODES),
      enrolledOn,
      expectedGraduation: graduates,
      studentNumber: `DEMO2026${pad(n, 4)}`
    }
    const cardBody = `6200000000${digits(5)}`
    const bank: BankSection = { bankName: pick(BANKS), accountHolder: name, cardNumber: cardBody + luhnCheckDigit(cardBody) }
    return { openid: `demo-applicant-${pad(n)}`, target, personal, work, education, bank }
  })
}

/**
 * A 统一社会信用代码 of an enterprise (91) registered in Futian: the 8 digits of an organisation code,
 * its GB 11714 check character, then the GB 32100 check character.
 */
export function creditCode(orgDigits: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2]
  const sum = weights.reduce((acc, w, i) => acc + w * Number(orgDigits[i]), 0)
  const c = 11 - (sum % 11)
  const orgCheck = c === 10 ? 'X' : c === 11 ? '0' : String(c)
  const first17 = `91${CREDIT_REGION}${orgDigits}${orgCheck}`
  return first17 + creditCodeCheckChar(first17)
}
