// The queue's (and the export's) query: the filter as database conditions, always limited to the
// streets the caller may read, oldest first by (submittedAt, _id) so paging never skips or repeats.
import type { z } from 'zod'
import type { ApplicationDoc } from '../../contracts/dream-plan/documents'
import type { queueFilterSchema } from '../../contracts/dream-plan/review'
import { appError } from '../../contracts/errors'
import type { Envelope } from '../../contracts/envelope'
import { database } from '../_shared/cloudbase'
import { afterAscending, type PagePosition } from '../_shared/cursor'
import { applications } from '../_shared/dream-plan/applications'
import { outsideStreets, readableStreets, type StaffCaller } from '../_shared/staff-access'

export type QueueFilterInput = z.output<typeof queueFilterSchema>

/** Shanghai midnight of a YYYY-MM-DD, as the UTC ISO instant stored dates compare with. */
function shanghaiMidnight(date: string, plusDays = 0): string {
  return new Date(Date.parse(`${date}T00:00:00+08:00`) + plusDays * 86_400_000).toISOString()
}

/** Last 4 characters of an ID number (the check character may be X). */
const LAST_FOUR = /^\d{3}[\dXx]$/

/**
 * A queue query: conditions every row meets, and optionally one field with several allowed values
 * (a street reviewer's streets, or several statuses). That field is queried value by value, each
 * walking an index already in (value, submittedAt) order, and the pages are merged — rather than
 * one IN query whose matches must all be sorted (MongoDB plans the same "sort merge" itself).
 */
export interface QueueQuery {
  conditions: object[]
  split?: { field: 'work.street' | 'status'; values: string[] }
}

/** The query of `filter` for `caller`, or the refusal (a street outside theirs). */
export function queueConditions(filter: QueueFilterInput, caller: StaffCaller, now: Date): QueueQuery | { error: Envelope<never> } {
  const db = database()
  const _ = db.command
  const conditions: object[] = []
  let split: QueueQuery['split']
  const streets = readableStreets(caller)
  if (filter.street) {
    if (streets && !streets.includes(filter.street)) return { error: outsideStreets() }
    conditions.push({ 'work.street': filter.street })
  } else if (streets) {
    if (!streets.length) return { error: appError('FORBIDDEN') }
    if (streets.length === 1) conditions.push({ 'work.street': streets[0] })
    else split = { field: 'work.street', values: streets }
  }
  if (filter.year) conditions.push({ year: filter.year })
  if (filter.status) {
    if (filter.status.length === 1) conditions.push({ status: filter.status[0] })
    else if (!split) split = { field: 'status', values: filter.status }
    else conditions.push({ status: _.in(filter.status) })
  }
  if (filter.stage) conditions.push({ stage: filter.stage })
  // 已提交 has no stage yet, but it waits for 街道初审 all the same.
  if (filter.awaiting === 'street') conditions.push(_.or([{ status: 'submitted' }, { status: 'in_review', stage: 'street' }]))
  if (filter.awaiting === 'district') conditions.push({ status: 'in_review', stage: 'district' })
  if (filter.level) conditions.push({ 'education.level': filter.level })
  if (filter.submittedFrom) conditions.push({ submittedAt: _.gte(shanghaiMidnight(filter.submittedFrom)) })
  if (filter.submittedTo) conditions.push({ submittedAt: _.lt(shanghaiMidnight(filter.submittedTo, 1)) })
  if (filter.q) {
    const q = filter.q.trim()
    if (LAST_FOUR.test(q)) conditions.push({ 'personal.idNumberMasked': db.RegExp({ regexp: `${q.toUpperCase()}$` }) })
    else if (q) conditions.push({ 'personal.name': q })
  }
  const t = now.toISOString()
  if (filter.publicity === 'none') conditions.push({ publicity: _.exists(false) })
  if (filter.publicity === 'active') conditions.push({ 'publicity.startsAt': _.lte(t), 'publicity.endsAt': _.gt(t) })
  if (filter.publicity === 'ended') conditions.push({ 'publicity.endsAt': _.lte(t) })
  return { conditions, ...(split ? { split } : {}) }
}

async function oldestFirst(conditions: object[], count: number): Promise<ApplicationDoc[]> {
  const _ = database().command
  const where = conditions.length === 0 ? {} : conditions.length === 1 ? conditions[0] : _.and(conditions as never[])
  const { data } = await applications().where(where).orderBy('submittedAt', 'asc').orderBy('_id', 'asc').limit(count).get()
  return data as ApplicationDoc[]
}

function byAge(a: ApplicationDoc, b: ApplicationDoc): number {
  return a.submittedAt < b.submittedAt ? -1 : a.submittedAt > b.submittedAt ? 1 : a._id < b._id ? -1 : a._id > b._id ? 1 : 0
}

/** One page of applications of `query`, oldest first, after `position`; one extra row tells whether more follow. */
export async function queuePage(query: QueueQuery, limit: number, position: PagePosition | null): Promise<ApplicationDoc[]> {
  const _ = database().command
  const conditions = position ? [...query.conditions, afterAscending(_, 'submittedAt', position)] : query.conditions
  if (!query.split) return oldestFirst(conditions, limit + 1)
  const { field, values } = query.split
  const pages = await Promise.all(values.map((value) => oldestFirst([...conditions, { [field]: value }], limit + 1)))
  return pages.flat().sort(byAge).slice(0, limit + 1)
}
