// remove: deletes a draft that was never published (anything readers ever saw stays, withdrawn if need be).
import { versionedInput } from '../../../contracts/content-admin/actions'
import { ALLOWED_FROM } from '../../../contracts/content-admin/words'
import { appError } from '../../../contracts/errors'
import { ok } from '../../_shared/handler'
import { auditContent } from '../../_shared/content-admin/audit-content'
import { itemAt, items } from '../../_shared/content-admin/items'
import { contentAction, WRITERS } from '../content-action'

export const remove = contentAction({
  roles: WRITERS,
  input: versionedInput,
  run: async ({ id, version }, { caller, now }) => {
    const found = await itemAt(id, version)
    if ('error' in found) return found.error
    const { item } = found
    if (!ALLOWED_FROM.remove.includes(item.state) || item.everPublished) return appError('CONTENT_WRONG_STATE', '只有从未发布过的草稿可以删除，已发布的内容可以下线')
    const res = (await items().where({ _id: id, version }).remove()) as { deleted?: number }
    if (!res.deleted) return appError('CONTENT_CONFLICT')
    await auditContent(caller, 'remove', { id, kind: item.kind, title: item.title }, item, null, now)
    return ok({ id, removed: true as const })
  }
})
