// publish and schedule: a publisher's decision on submitted content. Four eyes: nobody who saved
// this revision may publish or schedule it. Publishing claims the item first, so of any number of
// publishers pressing 发布 at once exactly one publishes.
import { scheduleInput, versionedInput } from '../../../contracts/content-admin/actions'
import { ALLOWED_FROM, type ContentItemDoc } from '../../../contracts/content-admin/words'
import { appError } from '../../../contracts/errors'
import { ok } from '../../_shared/handler'
import type { StaffCaller } from '../../_shared/staff-access'
import { auditContent } from '../../_shared/content-admin/audit-content'
import { itemAt, keepRevision, revisionId, updateAt } from '../../_shared/content-admin/items'
import { KINDS } from '../../_shared/content-admin/kinds'
import { publishNow } from '../../_shared/content-admin/lifecycle'
import { contentAction, PUBLISHERS } from '../content-action'

/** FOUR_EYES when the caller saved the revision they would publish. */
function ownWork(item: ContentItemDoc, caller: StaffCaller) {
  return item.editors.includes(caller.openid) ? appError('FOUR_EYES') : null
}

export const publish = contentAction({
  roles: PUBLISHERS,
  input: versionedInput,
  run: async ({ id, version }, { caller, now }) => {
    const found = await itemAt(id, version)
    if ('error' in found) return found.error
    const { item } = found
    if (!ALLOWED_FROM.publish.includes(item.state) || item.op) return appError('CONTENT_WRONG_STATE')
    const refusal = ownWork(item, caller)
    if (refusal) return refusal
    const done = await publishNow(item, caller, now)
    if (!done.ok) return done
    return ok({ id, version: done.data.version, state: done.data.state })
  }
})

export const schedule = contentAction({
  roles: PUBLISHERS,
  input: scheduleInput,
  run: async ({ id, version, publishAt }, { caller, now }) => {
    const found = await itemAt(id, version)
    if ('error' in found) return found.error
    const { item } = found
    if (!ALLOWED_FROM.schedule.includes(item.state)) return appError('CONTENT_WRONG_STATE')
    const refusal = ownWork(item, caller)
    if (refusal) return refusal
    if (Date.parse(publishAt) <= now.getTime() + 60_000) return appError('INVALID_INPUT', '定时发布的时间须晚于现在至少 1 分钟', { publishAt: '定时发布的时间须晚于现在至少 1 分钟' })
    const early = await KINDS[item.kind].check?.(item.body, item)
    if (early) return early
    const set = { state: 'scheduled', publishAt, updatedAt: now.toISOString(), updatedBy: caller.openid }
    if (!(await updateAt(id, version, set))) return appError('CONTENT_CONFLICT')
    await keepRevision({ _id: revisionId(id, item.revision), itemId: id, n: item.revision, body: item.body, editors: item.editors, savedAt: item.updatedAt })
    await auditContent(caller, 'schedule', { id, kind: item.kind, title: item.title }, item, { ...item, ...set, version: version + 1 }, now, { detail: { publishAt } })
    return ok({ id, version: version + 1, state: 'scheduled' as const })
  }
})
