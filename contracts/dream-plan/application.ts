// A 圆梦计划 application and its draft as the app sees them. Sensitive numbers are never stored in
// clear (the function keeps them encrypted with a keyed hash beside them) and reach the app masked,
// except in the owner's own draft, where the form needs them to edit.
import type { Street } from '../services/catalog'
import type { EducationLevel, MaterialKind, StudyMode } from './policy'

/** Where an application stands, in the worker's words. */
export const APPLICATION_STATUSES = {
  submitted: '已提交',
  in_review: '审核中',
  approved: '已通过',
  paid: '已发放',
  returned: '退回补正',
  rejected: '未通过',
  withdrawn: '已撤回'
} as const
export type ApplicationStatus = keyof typeof APPLICATION_STATUSES

/** Inside 审核中: 街道初审 then 区总复审 (the staff side sets it). */
export type ReviewStage = 'street' | 'district'

/** The form's sections, in step order. */
export const FORM_SECTIONS = ['personal', 'work', 'education', 'bank', 'materials'] as const
export type FormSection = (typeof FORM_SECTIONS)[number]

export interface PersonalSection {
  name: string
  idNumber: string
  mobile: string
  /** 会员证号, or the name of the member's union organisation (one of the two is required). */
  memberNumber?: string
  unionOrganisation?: string
}

export interface WorkSection {
  employer: string
  creditCode: string
  /** The employer's street, which decides the street union that reviews first. */
  street: Street
  /** YYYY-MM-DD */
  workingInFutianSince: string
}

export interface EducationSection {
  school: string
  major: string
  level: EducationLevel
  studyMode: StudyMode
  /** YYYY-MM-DD */
  enrolledOn: string
  /** YYYY-MM-DD */
  expectedGraduation: string
  studentNumber: string
}

export interface BankSection {
  bankName: string
  /** Must be the applicant. */
  accountHolder: string
  cardNumber: string
}

/** An uploaded file: what the app got from the upload and what it claims the file is. */
export interface MaterialFile {
  fileID: string
  name: string
  size: number
  contentType: string
}

export type MaterialsSection = Record<MaterialKind, MaterialFile>

/** All sections. */
export interface ApplicationForm {
  personal: PersonalSection
  work: WorkSection
  education: EducationSection
  bank: BankSection
  materials: MaterialsSection
}

/** The owner's draft: any sections saved so far, in clear (it is their own form). */
export interface DraftView {
  year: number
  sections: Partial<ApplicationForm>
  /** The application this draft amends (after 退回补正), if any. */
  applicationId?: string
  updatedAt: string
}

/** One step of an application's history, as its owner sees it (no staff identities). */
export interface TimelineEntry {
  at: string
  status: ApplicationStatus
  stage?: ReviewStage
  /** The reviewer's reason for 退回补正 / 未通过, or the worker's for withdrawing. */
  reason?: string
  /** What the step means beyond its status, e.g. 撤回后可重新申请. */
  note?: string
}

/** A row of 我的申请. */
export interface ApplicationSummary {
  id: string
  /** 申报序号, e.g. 2026-000123. */
  applicationNo: string
  year: number
  status: ApplicationStatus
  stage?: ReviewStage
  /** Shown while the approved list is published (公示中). */
  inPublicity?: boolean
  school: string
  level: EducationLevel
  amount: number
  submittedAt: string
  updatedAt: string
}

/**
 * Where a worker stands with a year's policy, for the intro's button: the application that counts
 * under its rule (any but a withdrawn one; once per person, or this year's), and whether a draft of
 * that year's application is saved.
 */
export interface Standing {
  applied: ApplicationSummary | null
  hasDraft: boolean
}

/** An application's page: masked numbers, materials with temporary URLs, the timeline. */
export interface ApplicationDetail extends ApplicationSummary {
  personal: Omit<PersonalSection, 'idNumber' | 'mobile'> & { idNumberMasked: string; mobileMasked: string }
  work: WorkSection
  education: EducationSection
  bank: Omit<BankSection, 'cardNumber'> & { cardNumberMasked: string }
  materials: (MaterialFile & { kind: MaterialKind; url: string })[]
  timeline: TimelineEntry[]
  /** The latest 退回补正 / 未通过 reason, for the banner. */
  reviewReason?: string
  /** Only before review starts. */
  canWithdraw: boolean
  /** Only after 退回补正. */
  canResubmit: boolean
  version: number
}
