// The notices on applications, changed only by conditional updates on one array element: the
// condition names the element's id and the state (and the claim's lease) the sender saw, so of
// two senders at most one wins each change (`updated` 1), and no notice is sent twice.
import { DREAM_PLAN_COLLECTIONS, type ApplicationDoc, type NoticeEntry, type NoticeState } from '../../contracts/dream-plan/documents'
import { database } from '../_shared/cloudbase'
import { PAGE_SIZE } from './policy'

/** The fields the sender reads of an application. */
export type PendingApplication = Pick<ApplicationDoc, '_id' | 'openid' | 'notices'>

function applications() {
  return database().collection(DREAM_PLAN_COLLECTIONS.applications)
}

/** A page of applications with notices still to send, by `_id` after `afterId`. */
export async function pendingPage(afterId: string): Promise<PendingApplication[]> {
  const _ = database().command
  const res = (await applications()
    .where({ noticesPending: _.gt(0), ...(afterId ? { _id: _.gt(afterId) } : {}) })
    .orderBy('_id', 'asc')
    .limit(PAGE_SIZE)
    .field({ _id: true, openid: true, notices: true })
    .get()) as { data?: PendingApplication[] }
  return res.data ?? []
}

/** Where one notice sits: its application, index and id. */
export interface NoticeRef {
  applicationId: string
  index: number
  id: string
}

const path = (ref: NoticeRef, field: keyof NoticeEntry) => `notices.${ref.index}.${field}`

async function conditional(ref: NoticeRef, condition: Partial<Record<keyof NoticeEntry, unknown>>, change: Record<string, unknown>): Promise<boolean> {
  const where: Record<string, unknown> = { _id: ref.applicationId, [path(ref, 'id')]: ref.id }
  for (const [field, value] of Object.entries(condition)) where[path(ref, field as keyof NoticeEntry)] = value
  const res = (await applications().where(where).update(change)) as { updated?: number }
  return res.updated === 1
}

/** pending → sending, held until `leaseUntil`; true when this sender owns the notice. `attempts`
 * as read (undefined: a notice written without the field, which the condition then requires absent). */
export function claim(ref: NoticeRef, attempts: number | undefined, leaseUntil: string): Promise<boolean> {
  const _ = database().command
  return conditional(ref, { state: 'pending', attempts: attempts ?? _.exists(false) }, { [path(ref, 'state')]: 'sending', [path(ref, 'leaseUntil')]: leaseUntil })
}

/** What a finished notice records. */
export interface Outcome {
  state: Exclude<NoticeState, 'pending' | 'sending'>
  sentAt?: string
  errcode?: number
  outcome?: string
  attempts?: number
}

/** sending → sent / skipped / failed by the claim's owner; counts it off `noticesPending`. */
export function finish(ref: NoticeRef, leaseUntil: string, outcome: Outcome): Promise<boolean> {
  const _ = database().command
  const change: Record<string, unknown> = { [path(ref, 'leaseUntil')]: _.remove(), noticesPending: _.inc(-1) }
  for (const [field, value] of Object.entries(outcome)) if (value !== undefined) change[path(ref, field as keyof NoticeEntry)] = value
  return conditional(ref, { state: 'sending', leaseUntil }, change)
}

/** sending → pending again after transient failures WeChat answered or that never reached it. */
export function release(ref: NoticeRef, leaseUntil: string, attempts: number, nextAttemptAt: string, errcode?: number): Promise<boolean> {
  const _ = database().command
  return conditional(
    ref,
    { state: 'sending', leaseUntil },
    {
      [path(ref, 'state')]: 'pending',
      [path(ref, 'attempts')]: attempts,
      [path(ref, 'nextAttemptAt')]: nextAttemptAt,
      [path(ref, 'leaseUntil')]: _.remove(),
      ...(errcode !== undefined ? { [path(ref, 'errcode')]: errcode } : {})
    }
  )
}

/** A claim past its lease: its sender died, perhaps after WeChat took the message, so it is
 * never sent again (at most once). */
export function interrupt(ref: NoticeRef, leaseUntil: string): Promise<boolean> {
  const _ = database().command
  return conditional(
    ref,
    { state: 'sending', leaseUntil },
    { [path(ref, 'state')]: 'failed', [path(ref, 'outcome')]: 'interrupted', [path(ref, 'leaseUntil')]: _.remove(), noticesPending: _.inc(-1) }
  )
}
