// pin, unpin and reorderPins: the headline slots of live articles, each optionally with an expiry
// (the content timer unpins it). The slot is kept on the item too, so a later revision keeps it.
import { pinInput, reorderPinsInput, unpinInput } from '../../../contracts/content-admin/actions'
import type { ContentItemDoc } from '../../../contracts/content-admin/words'
import { appError } from '../../../contracts/errors'
import { database } from '../../_shared/cloudbase'
import { ok } from '../../_shared/handler'
import { auditContent } from '../../_shared/content-admin/audit-content'
import { findItem, items } from '../../_shared/content-admin/items'
import { ARTICLES } from '../../_shared/content-admin/kinds/article'
import { contentAction, PUBLISHERS } from '../content-action'

async function liveArticleItem(id: string): Promise<{ item: ContentItemDoc } | { error: ReturnType<typeof appError> }> {
  const item = await findItem(id)
  if (!item || item.kind !== 'article') return { error: appError('CONTENT_NOT_FOUND') }
  if (item.liveRevision === null || item.state === 'withdrawn') return { error: appError('CONTENT_WRONG_STATE', '只有已发布的文章可以置顶') }
  return { item }
}

async function setPin(id: string, pin: { rank: number; expiresAt?: string } | null) {
  const _ = database().command
  await items()
    .doc(id)
    .update({ pin: pin ? _.set(pin) : _.remove(), version: _.inc(1) })
  await database()
    .collection(ARTICLES)
    .doc(id)
    .update(pin ? { pinnedRank: pin.rank, pinExpiresAt: pin.expiresAt ?? _.remove() } : { pinnedRank: _.remove(), pinExpiresAt: _.remove() })
}

export const pin = contentAction({
  roles: PUBLISHERS,
  input: pinInput,
  run: async ({ id, rank, expiresAt }, { caller, now }) => {
    const found = await liveArticleItem(id)
    if ('error' in found) return found.error
    if (expiresAt && Date.parse(expiresAt) <= now.getTime()) return appError('INVALID_INPUT', '置顶到期时间须晚于现在', { expiresAt: '置顶到期时间须晚于现在' })
    const _ = database().command
    let slot = rank
    if (slot === undefined) {
      const { data } = await database().collection(ARTICLES).where({ pinnedRank: _.gte(0) }).orderBy('pinnedRank', 'desc').limit(1).field({ pinnedRank: true }).get()
      slot = data.length ? Math.min(99, (data[0] as { pinnedRank: number }).pinnedRank + 1) : 0
    }
    const value = { rank: slot, ...(expiresAt ? { expiresAt } : {}) }
    await setPin(id, value)
    await auditContent(caller, 'pin', { id, kind: 'article', title: found.item.title }, found.item.pin ?? null, value, now)
    return ok({ id, ...value })
  }
})

export const unpin = contentAction({
  roles: PUBLISHERS,
  input: unpinInput,
  run: async ({ id }, { caller, now }) => {
    const item = await findItem(id)
    if (!item || item.kind !== 'article') return appError('CONTENT_NOT_FOUND')
    if (item.liveRevision !== null && item.state !== 'withdrawn') await setPin(id, null)
    await auditContent(caller, 'unpin', { id, kind: 'article', title: item.title }, item.pin ?? null, null, now)
    return ok({ id })
  }
})

export const reorderPins = contentAction({
  roles: PUBLISHERS,
  input: reorderPinsInput,
  run: async ({ ids }, { caller, now }) => {
    const found = await Promise.all(ids.map(liveArticleItem))
    const bad = found.findIndex((f) => 'error' in f)
    if (bad >= 0) return (found[bad] as { error: ReturnType<typeof appError> }).error
    for (const [rank, f] of found.entries()) {
      const item = (f as { item: ContentItemDoc }).item
      await setPin(item._id, { rank, ...(item.pin?.expiresAt ? { expiresAt: item.pin.expiresAt } : {}) })
    }
    await auditContent(caller, 'reorderPins', { id: 'headlines', kind: 'article' }, null, ids, now, { detail: { ids } })
    return ok({ ids })
  }
})
