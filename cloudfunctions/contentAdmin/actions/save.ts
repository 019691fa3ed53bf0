// save: creates an item (no id) or saves its working copy at the version the editor started from.
// Saving published or withdrawn content starts a new revision; readers keep the live one until it
// is published. Submitted and scheduled content is frozen until a publisher returns it.
import { saveInput } from '../../../contracts/content-admin/actions'
import { ALLOWED_FROM } from '../../../contracts/content-admin/words'
import { appError } from '../../../contracts/errors'
import { database } from '../../_shared/cloudbase'
import { isDuplicateKey } from '../../_shared/db-errors'
import { ok } from '../../_shared/handler'
import { auditContent } from '../../_shared/content-admin/audit-content'
import { firstRevisionItem, itemAt, items, keepRevision, revisionId, updateAt } from '../../_shared/content-admin/items'
import { KINDS } from '../../_shared/content-admin/kinds'
import { checkFiles, parseBody } from '../body-check'
import { contentAction, WRITERS } from '../content-action'

export const save = contentAction({
  roles: WRITERS,
  input: saveInput,
  run: async ({ id, kind, version, body: raw }, { caller, now }) => {
    const parsed = parseBody(kind, raw)
    if ('error' in parsed) return parsed.error
    const { body } = parsed
    const adapter = KINDS[kind]
    const at = now.toISOString()

    if (id === undefined) {
      if (version !== undefined) return appError('INVALID_INPUT', '新内容不带版本号', { version: '新内容不带版本号' })
      const refusal = (await adapter.check?.(body, null)) ?? (await checkFiles(kind, body))
      if (refusal) return refusal
      const doc = firstRevisionItem({ id: adapter.newId(body), kind, title: adapter.title(body), body, by: caller.openid, at, live: false })
      try {
        await items().add(doc)
      } catch (err) {
        if (!isDuplicateKey(err)) throw err
        return appError('CONTENT_CONFLICT', '该内容已存在，请在列表中打开它')
      }
      await keepRevision({ _id: revisionId(doc._id, 1), itemId: doc._id, n: 1, body, editors: doc.editors, savedAt: at })
      await auditContent(caller, 'save', { id: doc._id, kind, title: doc.title }, null, doc, now)
      return ok({ id: doc._id, version: 1, state: doc.state, revision: 1 })
    }

    if (version === undefined) return appError('INVALID_INPUT', '缺少版本号', { version: '缺少版本号' })
    const found = await itemAt(id, version)
    if ('error' in found) return found.error
    const { item } = found
    if (item.kind !== kind) return appError('INVALID_INPUT', '内容类型不符', { kind: '内容类型不符' })
    if (!ALLOWED_FROM.save.includes(item.state)) return appError('CONTENT_WRONG_STATE', '内容已提交审核，需审核人退回后才能修改')
    const refusal = (await adapter.check?.(body, item)) ?? (await checkFiles(kind, body))
    if (refusal) return refusal

    // Editing what readers see (or saw) starts the next revision; otherwise the same one gains an editor.
    const fresh = item.state === 'published' || item.state === 'withdrawn'
    const revision = fresh ? Math.max(item.revision, item.liveRevision ?? 0) + 1 : item.revision
    const editors = fresh ? [caller.openid] : [...new Set([...item.editors, caller.openid])]
    const state = item.state === 'returned' ? 'returned' : 'draft'
    const _ = database().command
    const change = { body: _.set(body), title: adapter.title(body), revision, editors, state, updatedAt: at, updatedBy: caller.openid }
    if (!(await updateAt(id, version, change))) return appError('CONTENT_CONFLICT')
    // Every revision keeps who wrote it and when (the last save of it wins; a published one is never rewritten here).
    await keepRevision({ _id: revisionId(id, revision), itemId: id, n: revision, body, editors, savedAt: at })
    await auditContent(caller, 'save', { id, kind, title: change.title }, item, { ...item, body, revision, editors, state, version: version + 1 }, now)
    return ok({ id, version: version + 1, state, revision })
  }
})
