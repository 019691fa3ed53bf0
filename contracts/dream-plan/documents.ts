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
  subscriptions: 'dreamPlanSubscriptions',
  /** Payment batches by batch number: a repeated batch changes nothing. */
  payBatches: 'dreamPlanPayBatches',
  /** Export files still in cloud storage, until the housekeeping timer deletes them. */
  exports: 'dreamPlanExports'
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

/** Where a notice stands. `sending` is claimed by one sender until `leaseUntil`; only that sender
 * moves it on: to `sent` / `skipped` / `failed`, or back to `pending` (attempts + 1, with a backoff)
 * when WeChat answered a transient errcode (-1, 45011) or the call threw on every try of its run
 * (a call lost in flight is taken as not delivered). A `sending` past its lease belongs to a sender
 * that died, perhaps after WeChat took the message, so it becomes `failed` ('interrupted') and is
 * never sent again: at most once. */
export type NoticeState = 'pending' | 'sending' | 'sent' | 'skipped' | 'failed'

/** A subscribe-message notice of one status change, kept on the application it is about. */
export interface NoticeEntry {
  /** `<applicationId>:<index in history>`. */
  id: string
  at: string
  status: ApplicationStatus
  stage?: ReviewStage
  reason?: string
  state: NoticeState
  attempts: number
  /** Not before this instant (backoff after a transient failure). */
  nextAttemptAt?: string
  /** Until when a `sending` claim is held. */
  leaseUntil?: string
  sentAt?: string
  /** WeChat's errcode of the last attempt, e.g. 43101 (no unused grant) for `skipped`. */
  errcode?: number
  /** Why it was skipped or failed, in words for the developer. */
  outcome?: string
}

/** An export file (`dreamPlanExports`): it holds personal data (finance's, full card numbers), so
 * it lives only as long as its download link, then the housekeeping timer deletes it. */
export interface ExportFileDoc {
  _id: string
  fileID: string
  createdBy: string
  createdAt: string
  deleteAfter: string
}

/** A payment batch (`dreamPlanPayBatches`, `_id` = batch number). */
export interface PayBatchDoc {
  _id: string
  ids: string[]
  paidAt: string
  amount: number
  createdBy: string
  createdAt: string
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
  /** Set by the staff side when the approved list is published (公示); `articleId` is the 通知公告 article. */
  publicity?: { startsAt: string; endsAt: string; articleId?: string }
  /** Set when finance pays it (已发放). */
  payment?: { batchNo: string; paidAt: string }
  /** One notice per history entry, appended in the same update (the outbox the `notify` function sends from). */
  notices?: NoticeEntry[]
  /** How many of `notices` are still `pending` (indexed, so the sender finds work without a scan). */
  noticesPending?: number
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
