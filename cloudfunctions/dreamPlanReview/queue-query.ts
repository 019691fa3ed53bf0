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

/** The conditions of `filter` for `caller`, or the refusal (a street outside theirs). */
export function queueConditions(filter: QueueFilterInput, caller: StaffCaller, now: Date): { conditions: object[] } | { error: Envelope<never> } {
  const db = database()
  const _ = db.command
  const conditions: object[] = []
  const streets = readableStreets(caller)
  if (filter.street) {
    if (streets && !streets.includes(filter.street)) return { error: outsideStreets() }
    conditions.push({ 'work.street': filter.street })
  } else if (streets) {
    if (!streets.length) return { error: appError('FORBIDDEN') }
    conditions.push({ 'work.street': streets.length === 1 ? streets[0] : _.in(streets) })
  }
  if (filter.year) conditions.push({ year: filter.year })
  if (filter.status) conditions.push({ status: filter.status.length === 1 ? filter.status[0] : _.in(filter.status) })
  if (filter.stage) conditions.push({ stage: filter.stage })
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
  return { conditions }
}

/** One page of applications matching `conditions`, oldest first, after `position`; one extra row tells whether more follow. */
export async function queuePage(conditions: object[], limit: number, position: PagePosition | null): Promise<ApplicationDoc[]> {
  const _ = database().command
  const all = position ? [...conditions, afterAscending(_, 'submittedAt', position)] : conditions
  const where = all.length === 0 ? {} : all.length === 1 ? all[0] : _.and(all as never[])
  const { data } = await applications().where(where).orderBy('submittedAt', 'asc').orderBy('_id', 'asc').limit(limit + 1).get()
  return data as ApplicationDoc[]
}
