// withdraw: takes the live copy away from readers (lists, search, related, headlines), with a
// reason; the article's link then answers 该文章已下线. It can be published again later.
import { withdrawInput } from '../../../contracts/content-admin/actions'
import { appError } from '../../../contracts/errors'
import { ok } from '../../_shared/handler'
import { itemAt } from '../../_shared/content-admin/items'
import { withdrawNow } from '../../_shared/content-admin/lifecycle'
import { contentAction, PUBLISHERS } from '../content-action'

export const withdraw = contentAction({
  roles: PUBLISHERS,
  input: withdrawInput,
  run: async ({ id, version, reason }, { caller, now }) => {
    const found = await itemAt(id, version)
    if ('error' in found) return found.error
    const { item } = found
    if (item.liveRevision === null || item.state === 'withdrawn' || item.op) return appError('CONTENT_WRONG_STATE', '该内容未在线上，无需下线')
    const done = await withdrawNow(item, caller, now, reason)
    if (!done.ok) return done
    return ok({ id, version: done.data.version, state: done.data.state })
  }
})
