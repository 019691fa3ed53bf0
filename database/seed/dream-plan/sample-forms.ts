// Sample 圆梦计划 data made by small generators: valid forms (numbers with the standards' own check
// characters, never copied), policies relative to now, materials uploaded where the app would put
// them, drafts filled through the function. Shared by the tests, the benchmarks and the demo seed.
import { randomBytes } from 'node:crypto'
import type { ApplicationForm, BankSection, EducationSection, MaterialFile, MaterialsSection, PersonalSection, WorkSection } from '../../../contracts/dream-plan/application'
import { DREAM_PLAN_COLLECTIONS } from '../../../contracts/dream-plan/documents'
import { creditCodeCheckChar, idCheckChar, luhnCheckDigit } from '../../../contracts/dream-plan/identity-numbers'
import { EDUCATION_LEVELS, STUDY_MODES, type MaterialKind, type PolicyDoc } from '../../../contracts/dream-plan/policy'
import { materialCloudPath, type MaterialContentType } from '../../../contracts/dream-plan/uploads'
import type { Envelope } from '../../../contracts/envelope'
import { STREETS } from '../../../contracts/services/catalog'
import type { SdkApp } from '../../../local-cloudbase/sdk-client'

/** What the generators need of a CloudBase: the SDK, and a call through the gateway as an openid. */
export interface CloudbaseClient {
  sdk: SdkApp
  call: <T = unknown>(fn: string, body: unknown, openid?: string) => Promise<{ status: number; body: Envelope<T> }>
}

export const YEAR = 2026
const DAY = 86_400_000

const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)]
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('')
let openidSeq = 0

/** A fresh openid, shaped like WeChat's. */
export function makeOpenid(label = 'worker'): string {
  openidSeq += 1
  return `o-${label}-${openidSeq}-${randomBytes(4).toString('hex')}`
}

/** A valid 18-character ID number (Shenzhen region codes, a real birth date, the GB 11643 check character). */
export function makeIdNumber(birth?: Date): string {
  const region = pick(['440304', '440303', '440305', '440306', '440307', '440308'])
  const born = birth ?? new Date(Date.UTC(1970 + Math.floor(Math.random() * 35), Math.floor(Math.random() * 12), 1 + Math.floor(Math.random() * 28)))
  const first17 = `${region}${born.toISOString().slice(0, 10).replace(/-/g, '')}${digits(3)}`
  return first17 + idCheckChar(first17)
}

const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
/** A valid 统一社会信用代码 (GB 32100 check character). */
export function makeCreditCode(): string {
  const first17 = `914403${Array.from({ length: 11 }, () => pick([...CODE_CHARS])).join('')}`
  return first17 + creditCodeCheckChar(first17)
}

/** A card number that passes Luhn. */
export function makeCardNumber(length = pick([16, 19])): string {
  const body = `6222${digits(length - 5)}`
  return body + luhnCheckDigit(body)
}

export function makeMobile(): string {
  return `1${pick(['3', '5', '7', '8', '9'])}${digits(9)}`
}

export function makeName(): string {
  return pick(['张', '王', '李', '陈', '刘', '黄', '欧阳']) + pick(['伟', '芳', '秀英', '敏', '静', '晓明', '嘉怡'])
}

export function makePersonal(overrides: Partial<PersonalSection> = {}): PersonalSection {
  return { name: makeName(), idNumber: makeIdNumber(), mobile: makeMobile(), unionOrganisation: `${pick(STREETS)}街道某科技有限公司工会`, ...overrides }
}

export function makeWork(overrides: Partial<WorkSection> = {}): WorkSection {
  return { employer: '深圳市福田区某科技有限公司', creditCode: makeCreditCode(), street: pick(STREETS), workingInFutianSince: '2021-03-01', ...overrides }
}

export function makeEducation(overrides: Partial<EducationSection> = {}): EducationSection {
  return {
    school: '广东开放大学',
    major: '行政管理',
    level: pick(EDUCATION_LEVELS),
    studyMode: pick(STUDY_MODES),
    enrolledOn: '2026-03-01',
    expectedGraduation: '2028-07-01',
    studentNumber: `GD${digits(8)}`,
    ...overrides
  }
}

export function makeBank(holder: string, overrides: Partial<BankSection> = {}): BankSection {
  return { bankName: '中国工商银行深圳福田支行', accountHolder: holder, cardNumber: makeCardNumber(), ...overrides }
}

export const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')
export const PDF = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1')

/** Uploads one material where the app would (the convention of contracts/dream-plan/uploads.ts). */
export async function uploadMaterial(cb: CloudbaseClient, openid: string, kind: MaterialKind, contentType: MaterialContentType = kind === 'enrolmentProof' ? 'image/png' : 'application/pdf', year = YEAR): Promise<MaterialFile> {
  const bytes = contentType === 'application/pdf' ? PDF : PNG
  const cloudPath = materialCloudPath({ openid, year, kind, contentType, random: randomBytes(10).toString('hex') })
  const { fileID } = await cb.sdk.uploadFile({ cloudPath, fileContent: bytes })
  return { fileID, name: kind === 'enrolmentProof' ? '录取通知书.png' : '学费发票.pdf', size: bytes.length, contentType }
}

export async function uploadMaterials(cb: CloudbaseClient, openid: string, year = YEAR): Promise<MaterialsSection> {
  return { enrolmentProof: await uploadMaterial(cb, openid, 'enrolmentProof', 'image/png', year), tuitionReceipt: await uploadMaterial(cb, openid, 'tuitionReceipt', 'application/pdf', year) }
}

/** A whole valid form for `openid`, with its materials uploaded. */
export async function makeForm(cb: CloudbaseClient, openid: string, overrides: { personal?: Partial<PersonalSection>; year?: number } = {}): Promise<ApplicationForm> {
  const personal = makePersonal(overrides.personal)
  return { personal, work: makeWork(), education: makeEducation(), bank: makeBank(personal.name), materials: await uploadMaterials(cb, openid, overrides.year) }
}

/** A policy for `state` relative to now (tests never depend on the calendar). */
export function makePolicy(state: 'open' | 'notYetOpen' | 'closed' = 'open', overrides: Partial<PolicyDoc> = {}): PolicyDoc {
  const now = Date.now()
  const [opens, closes] = state === 'open' ? [now - 30 * DAY, now + 30 * DAY] : state === 'notYetOpen' ? [now + 10 * DAY, now + 40 * DAY] : [now - 40 * DAY, now - 10 * DAY]
  const year = overrides.year ?? YEAR
  return {
    _id: String(year),
    year,
    title: `${year}年度圆梦计划（测试）`,
    amount: 2500,
    opensAt: new Date(opens).toISOString(),
    closesAt: new Date(closes).toISOString(),
    levels: [...EDUCATION_LEVELS],
    studyModes: [...STUDY_MODES],
    oncePerPerson: true,
    documents: [
      { kind: 'enrolmentProof', name: '入学证明或录取通知书', description: '照片或扫描件' },
      { kind: 'tuitionReceipt', name: '学费缴费凭证', description: '照片或扫描件' }
    ],
    eligibility: ['在福田区工作的工会会员'],
    timeline: ['提交申请', '街道初审', '区总复审', '公示', '发放'],
    privacy: { collected: ['姓名、身份证号'], purpose: '审核与发放', recipients: '福田区总工会及所在街道总工会经办人员', retention: '示例：发放后保存 5 年', contact: '福田区总工会' },
    budget: 100000,
    publicityDays: 5,
    sample: true,
    ...overrides
  }
}

/** Stores (or replaces) a policy through the SDK. */
export async function setPolicy(cb: CloudbaseClient, policy: PolicyDoc): Promise<void> {
  const { _id, ...rest } = policy
  await cb.sdk.database().collection(DREAM_PLAN_COLLECTIONS.policies).doc(_id).set(rest)
}

/** Saves every section of `form` to `openid`'s draft (or the amendment of `applicationId`). */
export async function fillDraft(cb: CloudbaseClient, openid: string, form: Partial<ApplicationForm>, applicationId?: string): Promise<void> {
  for (const [section, value] of Object.entries(form)) {
    const res = await cb.call('dreamPlan', { action: 'saveDraft', section, data: value, ...(applicationId ? { applicationId } : {}) }, openid)
    if (!res.body.ok) throw new Error(`saveDraft ${section}: ${res.status} ${JSON.stringify(res.body.error)}`)
  }
}
