// The 圆梦计划 policy of a year, as data staff can set (the `dreamPlanPolicies` collection, `_id` =
// the year): amount, window, eligible levels and modes, the once-per-person rule, documents,
// eligibility text and the privacy notice. Zod-free, for the app's intro page and the function.
import type { SelfCheckPolicy } from './eligibility'

/** Degree levels the subsidy pays towards. */
export const EDUCATION_LEVELS = ['大专', '本科'] as const
export type EducationLevel = (typeof EDUCATION_LEVELS)[number]

/** Ways of studying for a degree while employed. */
export const STUDY_MODES = ['成人高等教育', '自学考试', '开放教育', '网络教育', '学历文凭考试'] as const
export type StudyMode = (typeof STUDY_MODES)[number]

/** The materials an application uploads. */
export const MATERIAL_KINDS = ['enrolmentProof', 'tuitionReceipt'] as const
export type MaterialKind = (typeof MATERIAL_KINDS)[number]

/** Files accepted as materials, and their size cap. */
export const MATERIAL_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const
export const MATERIAL_MAX_BYTES = 10 * 1024 * 1024

/** What the privacy notice tells the applicant (PIPL: what, why, who sees it, how long). */
export interface PrivacyNotice {
  collected: string[]
  purpose: string
  recipients: string
  retention: string
  contact: string
}

/** A year's policy. */
export interface PolicyDoc {
  _id: string
  year: number
  title: string
  /** Yuan per person. */
  amount: number
  /** ISO 8601 instants; the form is open from `opensAt` until `closesAt`. */
  opensAt: string
  closesAt: string
  levels: EducationLevel[]
  studyModes: StudyMode[]
  /** One application per person ever (by ID number), not per year. */
  oncePerPerson: boolean
  documents: { kind: MaterialKind; name: string; description: string }[]
  eligibility: string[]
  timeline: string[]
  privacy: PrivacyNotice
  /** Total the year may pay out (staff statistics). */
  budget: number
  /** Days an approved list stays published (公示) before payment. */
  publicityDays: number
  /** Not the union's published rules: the app labels the policy 示例. */
  sample: boolean
  /** The eligibility self-check's wording and date rules (eligibility.ts); defaults when absent. */
  selfCheck?: SelfCheckPolicy
}

/** The policy as the app shows it, with whether the window is open now. */
export interface PolicyView extends Omit<PolicyDoc, '_id'> {
  isOpen: boolean
  /** Why the form is closed (not yet open / closed), in Chinese; absent when open. */
  closedReason?: string
}
