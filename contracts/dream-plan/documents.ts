// 圆梦计划 as stored: the collections and the shape of their documents, for the `dreamPlan`
// function and for the staff side that reviews and pays (it writes `status`, `stage`, `history`
// with a staff actor, and `publicity`). ID, mobile and card numbers exist only sealed (AES-256-GCM,
// see cloudfunctions/_shared/field-crypto.ts) beside their masks and keyed hashes.
import type {
  ApplicationStatus,
  BankSection,
  EducationSection,
  MaterialsSection,
  PersonalSection,
  ReviewStage,
  WorkSection
} from './application'

/** The collections, declared with their indexes in database/collections.ts. */
export const DREAM_PLAN_COLLECTIONS = {
  policies: 'dreamPlanPolicies',
  drafts: 'dreamPlanDrafts',
  applications: 'dreamPlanApplications',
  counters: 'dreamPlanCounters',
  subscriptions: 'dreamPlanSubscriptions'
} as const

/** Who made a transition: the applicant, or a member of staff (the review side records which). */
export type HistoryActor = 'applicant' | { role: string; staffId: string }

/** One transition, appended in the same single-document update that changes `status`. */
export interface HistoryEntry {
  at: string
  from: ApplicationStatus | null
  to: ApplicationStatus
  by: HistoryActor
  stage?: ReviewStage
  /** The reviewer's reason (退回补正 / 未通过), or the worker's for withdrawing. */
  reason?: string
  /** What the transition means beyond the status, e.g. that a withdrawal frees the person to apply again. */
  note?: string
}

/** 个人信息 as stored: the ID and mobile numbers sealed, with their masks. */
export interface StoredPersonal extends Omit<PersonalSection, 'idNumber' | 'mobile'> {
  idNumberSealed: string
  idNumberMasked: string
  mobileSealed: string
  mobileMasked: string
}

/** 收款信息 as stored: the card number sealed, with its mask. */
export interface StoredBank extends Omit<BankSection, 'cardNumber'> {
  cardNumberSealed: string
  cardNumberMasked: string
}

/** Prefix of a unique key that no longer holds anything (e.g. after withdrawal). Unique keys are
 * never removed: MongoDB's unique index counts a missing field as null, and two nulls collide. */
export const RELEASED_KEY_PREFIX = 'released:'
/** Prefix of `applicationNo` between the insert and the numbering that follows it. */
export const PENDING_NUMBER_PREFIX = 'pending:'

/** An application (`dreamPlanApplications`). */
export interface ApplicationDoc {
  /** Derived from (openid, idempotency key): a retried submit addresses the same document. */
  _id: string
  /** 申报序号 `2026-000123` (or `pending:<_id>` for the moment between insert and numbering). */
  applicationNo: string
  year: number
  openid: string
  status: ApplicationStatus
  stage?: ReviewStage
  /** Starts at 1; every change is conditional on it and increments it. */
  version: number
  /** Yuan, the year's amount when submitted. */
  amount: number
  personal: StoredPersonal
  work: WorkSection
  education: EducationSection
  bank: StoredBank
  materials: MaterialsSection
  /** Keyed hashes (HMAC-SHA256) for lookups: the same person, the same payee account. */
  idNumberHash: string
  cardNumberHash: string
  /** Unique: `once:<idNumberHash>` under the once-per-person rule, else `<year>:<idNumberHash>`;
   * `released:<_id>` once withdrawn. */
  personKey: string
  /** Unique: `<openid>:<year>` (one application per WeChat user and year); `released:<_id>` once withdrawn. */
  openKey: string
  /** The idempotency key of the submit that made it. */
  submitKey: string
  /** Idempotency keys of the resubmits applied, so a retried resubmit is answered, not refused. */
  resubmitKeys: string[]
  history: HistoryEntry[]
  /** Set by the staff side when the approved list is published (公示). */
  publicity?: { startsAt: string; endsAt: string }
  submittedAt: string
  updatedAt: string
}

/** A draft (`dreamPlanDrafts`): a new application's for (openid, year), or an amendment's for a
 * returned application. Sections with personal numbers are sealed whole. */
export interface DraftDoc {
  _id: string
  openid: string
  year: number
  /** Present on an amendment draft: the returned application it amends. */
  applicationId?: string
  sections: {
    personal?: { sealed: string }
    work?: WorkSection
    education?: EducationSection
    bank?: { sealed: string }
    materials?: MaterialsSection
  }
  createdAt: string
  updatedAt: string
}

/** Subscribe-message grants a worker gave (`dreamPlanSubscriptions`), by template id: each
 * one-time grant allows one message, so the sender decrements what it uses. */
export interface SubscriptionDoc {
  _id: string
  openid: string
  grants: Record<string, number>
  updatedAt: string
}

/** A sequence (`dreamPlanCounters`), e.g. `applicationNo-2026`: `last` is the last number handed out. */
export interface CounterDoc {
  _id: string
  last: number
}
