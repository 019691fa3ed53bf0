// contentTimer (timer trigger, every minute): publishes scheduled content whose time has come,
// unpins headlines whose pin expired, and finishes publishes or withdrawals a crashed call left
// claimed. "Now" is the trigger's scheduled time (`Time` of the timer event), so a late or
// repeated run acts for the minute it was meant for. Runs may overlap: every publish claims its
// item by a conditional update first, so each fires exactly once.
import type { ContentItemDoc } from '../../contracts/content-admin/words'
import { database } from '../_shared/cloudbase'
import { auditContent, SYSTEM_CALLER } from '../_shared/content-admin/audit-content'
import { items } from '../_shared/content-admin/items'
import { ARTICLES } from '../_shared/content-admin/kinds/article'
import { finishAbandoned, publishNow } from '../_shared/content-admin/lifecycle'
import { createTimerHandler } from '../_shared/timer-handler'

/** The trigger's instant, else the clock (a call without a timer event). */
export function runInstant(event: unknown): Date {
  const time = (event as { Time?: unknown } | null)?.Time
  const at = typeof time === 'string' ? Date.parse(time) : NaN
  return Number.isNaN(at) ? new Date() : new Date(at)
}

const BATCH = 100

async function publishDue(now: Date, log: (line: string) => void): Promise<number> {
  const _ = database().command
  const { data } = await items().where({ state: 'scheduled', publishAt: _.lte(now.toISOString()) }).orderBy('publishAt', 'asc').limit(BATCH).get()
  let published = 0
  for (const item of data as ContentItemDoc[]) {
    const res = await publishNow(item, SYSTEM_CALLER, now, 'scheduledPublish')
    if (res.ok) published += 1
    else if (res.error.code !== 'CONTENT_CONFLICT') log(`scheduled publish of ${item._id} refused: ${res.error.code}`)
  }
  return published
}

async function unpinExpired(now: Date): Promise<number> {
  const _ = database().command
  const { data } = await database().collection(ARTICLES).where({ pinExpiresAt: _.lte(now.toISOString()) }).limit(BATCH).field({ _id: true, title: true }).get()
  for (const row of data as { _id: string; title: string }[]) {
    // Conditional on the expiry still being due: a publisher who re-pinned meanwhile keeps the new pin.
    const res = (await database().collection(ARTICLES).where({ _id: row._id, pinExpiresAt: _.lte(now.toISOString()) }).update({ pinnedRank: _.remove(), pinExpiresAt: _.remove() })) as { updated?: number }
    if (!res.updated) continue
    await items().where({ _id: row._id, 'pin.expiresAt': _.lte(now.toISOString()) }).update({ pin: _.remove(), version: _.inc(1) })
    await auditContent(SYSTEM_CALLER, 'pinExpired', { id: row._id, kind: 'article', title: row.title }, null, null, now)
  }
  return data.length
}

export const main = createTimerHandler('contentTimer', async (log, event) => {
  const now = runInstant(event)
  const finished = await finishAbandoned(now)
  const published = await publishDue(now, log)
  const unpinned = await unpinExpired(now)
  return { at: now.toISOString(), published, unpinned, finished }
})
