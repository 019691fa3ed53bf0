// restore: an older revision becomes the working copy again, as a new draft revision (readers keep
// the live one). Whoever restores it counts as its editor.
import { restoreInput } from '../../../contracts/content-admin/actions'
import { ALLOWED_FROM, type RevisionDoc } from '../../../contracts/content-admin/words'
import { appError } from '../../../contracts/errors'
import { database } from '../../_shared/cloudbase'
import { ok } from '../../_shared/handler'
import { auditContent } from '../../_shared/content-admin/audit-content'
import { itemAt, revisionId, revisions, updateAt } from '../../_shared/content-admin/items'
import { KINDS } from '../../_shared/content-admin/kinds'
import { contentAction, EDITORS } from '../content-action'

export const restore = contentAction({
  roles: EDITORS,
  input: restoreInput,
  run: async ({ id, version, revision: n }, { caller, now }) => {
    const found = await itemAt(id, version)
    if ('error' in found) return found.error
    const { item } = found
    if (!ALLOWED_FROM.restore.includes(item.state)) return appError('CONTENT_WRONG_STATE')
    const old = (await revisions().where({ _id: revisionId(id, n) }).limit(1).get()).data[0] as RevisionDoc | undefined
    if (!old) return appError('CONTENT_NOT_FOUND', '该版本不存在')
    const revision = Math.max(item.revision, item.liveRevision ?? 0) + 1
    const _ = database().command
    const set = { body: _.set(old.body), title: KINDS[item.kind].title(old.body), revision, editors: [caller.openid], state: 'draft', updatedAt: now.toISOString(), updatedBy: caller.openid }
    if (!(await updateAt(id, version, set))) return appError('CONTENT_CONFLICT')
    await auditContent(caller, 'restore', { id, kind: item.kind, title: set.title }, item, { ...item, ...set, body: old.body, version: version + 1 }, now, { detail: { from: n } })
    return ok({ id, version: version + 1, state: 'draft' as const, revision })
  }
})
