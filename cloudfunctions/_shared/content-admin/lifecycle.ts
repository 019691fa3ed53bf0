// Publishing and withdrawing: the two changes that touch readers' collections. Each first claims the
// item by a conditional update (one winner among any number of publishers or overlapping timer
// runs), then writes the readers' copy, then closes the claim. A crash between the steps leaves the
// claim on the item; `finishOp` (run by the next timer tick, or the next caller) completes it from
// the claim alone, so an item is never half published. The readers' article itself is one
// single-document write with its search terms and headline slot in it.
import type { ContentItemDoc } from '../../../contracts/content-admin/words'
import { appError } from '../../../contracts/errors'
import type { Envelope } from '../../../contracts/envelope'
import { database } from '../cloudbase'
import type { StaffCaller } from '../staff-access'
import { auditContent } from './audit-content'
import { findItem, items, keepRevision, revisionId, updateAt } from './items'
import { KINDS } from './kinds'

/** A claim older than this is presumed abandoned (its function crashed) and finished by others. */
export const STALE_CLAIM_MS = 30_000

export type Op = NonNullable<ContentItemDoc['op']>

/** Claims `item` (at its version) for `verb`; false when someone else changed it first. */
export async function claim(item: ContentItemDoc, verb: Op['verb'], caller: StaffCaller, now: Date, extra: Record<string, unknown> = {}): Promise<Op | null> {
  const op: Op = { verb, revision: item.revision, by: caller.openid, at: now.toISOString() }
  const claimed = await updateAt(item._id, item.version, { op, ...extra })
  return claimed ? op : null
}

/**
 * Carries out the claim on the item: writes or removes the readers' copy, keeps the revision and
 * closes the claim (state, live revision). Idempotent: running it twice writes the same.
 * Returns the item after, or a refusal found late (a policy frozen meanwhile: the claim is released).
 */
export async function finishOp(id: string, now: Date, known?: ContentItemDoc): Promise<{ item: ContentItemDoc } | { error: Envelope<never> } | null> {
  // The caller that just claimed knows the item; a later run reads it.
  const item = known ?? (await findItem(id))
  if (!item?.op) return item ? { item } : null
  const op = item.op
  const kind = KINDS[item.kind]
  const _ = database().command
  if (op.verb === 'publish') {
    try {
      await kind.putLive(item, item.body, now)
    } catch (err) {
      const envelope = (err as { envelope?: Envelope<never> }).envelope
      if (!envelope) throw err
      await items().where({ _id: id, 'op.at': op.at }).update({ op: _.remove(), version: _.inc(1) })
      return { error: envelope }
    }
    await keepRevision({ _id: revisionId(id, op.revision), itemId: id, n: op.revision, body: item.body, editors: item.editors, savedAt: item.updatedAt, publishedAt: now.toISOString(), publishedBy: op.by })
    const closed = (await items()
      .where({ _id: id, 'op.at': op.at })
      .update({
        op: _.remove(),
        state: 'published',
        liveRevision: op.revision,
        everPublished: true,
        publishAt: _.remove(),
        returnReason: _.remove(),
        withdrawReason: _.remove(),
        counts: _.remove(),
        version: _.inc(1),
        updatedAt: now.toISOString()
      })) as { updated?: number }
    if (closed.updated) {
      const { op: _op, publishAt: _at, returnReason: _r, withdrawReason: _w, counts: _c, ...rest } = item
      return { item: { ...rest, state: 'published', liveRevision: op.revision, everPublished: true, version: item.version + 1, updatedAt: now.toISOString() } }
    }
  } else {
    const kept = await kind.removeLive(item)
    await items()
      .where({ _id: id, 'op.at': op.at })
      .update({ ...kept, op: _.remove(), state: 'withdrawn', liveRevision: null, pin: _.remove(), version: _.inc(1), updatedAt: now.toISOString() })
  }
  const after = await findItem(id)
  return after ? { item: after } : null
}

/** Publishes `item` now (a publisher's call or the scheduled time); one caller wins. */
export async function publishNow(item: ContentItemDoc, caller: StaffCaller, now: Date, verb: 'publish' | 'scheduledPublish' = 'publish'): Promise<Envelope<ContentItemDoc>> {
  const kind = KINDS[item.kind]
  const early = await kind.check?.(item.body, item)
  if (early) return early
  const op = await claim(item, 'publish', caller, now)
  if (!op) return appError('CONTENT_CONFLICT')
  const done = await finishOp(item._id, now, { ...item, op, version: item.version + 1 })
  if (!done) return appError('CONTENT_NOT_FOUND')
  if ('error' in done) return done.error
  await auditContent(caller, verb, { id: item._id, kind: item.kind, title: item.title }, item, done.item, now, { detail: { revision: op.revision } })
  return { ok: true, data: done.item }
}

/** Withdraws the live copy of `item` with a reason. */
export async function withdrawNow(item: ContentItemDoc, caller: StaffCaller, now: Date, reason: string): Promise<Envelope<ContentItemDoc>> {
  const refusal = await KINDS[item.kind].mayWithdraw?.(item)
  if (refusal) return refusal
  const op = await claim(item, 'withdraw', caller, now, { withdrawReason: reason })
  if (!op) return appError('CONTENT_CONFLICT')
  const done = await finishOp(item._id, now)
  if (!done || 'error' in done) return done ? done.error : appError('CONTENT_NOT_FOUND')
  await auditContent(caller, 'withdraw', { id: item._id, kind: item.kind, title: item.title }, item, done.item, now, { reason })
  return { ok: true, data: done.item }
}

/** Finishes claims left by crashed calls (older than STALE_CLAIM_MS). */
export async function finishAbandoned(now: Date): Promise<number> {
  const _ = database().command
  const cutoff = new Date(now.getTime() - STALE_CLAIM_MS).toISOString()
  const { data } = await items().where({ 'op.at': _.lte(cutoff) }).limit(100).field({ _id: true }).get()
  for (const row of data as { _id: string }[]) await finishOp(row._id, now)
  return data.length
}
