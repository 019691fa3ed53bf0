// submit, return and unschedule: state changes that touch no reader. Each is conditional on the
// version the caller saw and allowed only from the states the table in contracts names.
import { returnInput, versionedInput } from '../../../contracts/content-admin/actions'
import { ALLOWED_FROM, type ContentItemDoc, type ContentVerb } from '../../../contracts/content-admin/words'
import { appError } from '../../../contracts/errors'
import type { Envelope } from '../../../contracts/envelope'
import { database } from '../../_shared/cloudbase'
import { ok } from '../../_shared/handler'
import type { StaffContext } from '../../_shared/staff-action'
import { auditContent } from '../../_shared/content-admin/audit-content'
import { itemAt, keepRevision, revisionId, updateAt } from '../../_shared/content-admin/items'
import { contentAction, PUBLISHERS, WRITERS } from '../content-action'

async function move(
  id: string,
  version: number,
  verb: Extract<ContentVerb, 'submit' | 'return' | 'unschedule'>,
  ctx: StaffContext,
  change: (item: ContentItemDoc) => Record<string, unknown> & { state: ContentItemDoc['state'] },
  reason?: string
): Promise<Envelope<{ id: string; version: number; state: ContentItemDoc['state'] }>> {
  const found = await itemAt(id, version)
  if ('error' in found) return found.error
  const { item } = found
  if (!ALLOWED_FROM[verb].includes(item.state)) return appError('CONTENT_WRONG_STATE')
  const set = { ...change(item), updatedAt: ctx.now.toISOString(), updatedBy: ctx.caller.openid }
  if (!(await updateAt(id, version, set))) return appError('CONTENT_CONFLICT')
  const after = { ...item, ...set, version: version + 1 }
  if (verb === 'submit') {
    await keepRevision({ _id: revisionId(id, item.revision), itemId: id, n: item.revision, body: item.body, editors: item.editors, savedAt: item.updatedAt })
  }
  await auditContent(ctx.caller, verb, { id, kind: item.kind, title: item.title }, item, after, ctx.now, reason ? { reason } : {})
  return ok({ id, version: version + 1, state: set.state })
}

export const submit = contentAction({
  roles: WRITERS,
  input: versionedInput,
  run: ({ id, version }, ctx) => {
    const _ = database().command
    return move(id, version, 'submit', ctx, () => ({ state: 'pending', submittedBy: ctx.caller.openid, returnReason: _.remove() }))
  }
})

export const returnForChanges = contentAction({
  roles: PUBLISHERS,
  input: returnInput,
  run: ({ id, version, reason }, ctx) => {
    const _ = database().command
    return move(id, version, 'return', ctx, () => ({ state: 'returned', returnReason: reason, publishAt: _.remove() }), reason)
  }
})

export const unschedule = contentAction({
  roles: PUBLISHERS,
  input: versionedInput,
  run: ({ id, version }, ctx) => {
    const _ = database().command
    return move(id, version, 'unschedule', ctx, () => ({ state: 'pending', publishAt: _.remove() }))
  }
})
