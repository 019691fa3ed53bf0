// list: a kind's items, by state or all (or only pinned headlines), most recently changed first, by cursor.
import { listInput } from '../../../contracts/content-admin/actions'
import type { ContentItemDoc } from '../../../contracts/content-admin/words'
import { appError } from '../../../contracts/errors'
import { database } from '../../_shared/cloudbase'
import { after, decodeCursor, nextCursor } from '../../_shared/cursor'
import { ok } from '../../_shared/handler'
import { items, toRow } from '../../_shared/content-admin/items'
import { contentAction, READERS } from '../content-action'

const ROW_FIELDS = { body: false, editors: false } as const

export const list = contentAction({
  roles: READERS,
  input: listInput,
  run: async ({ kind, state, pinned, cursor, limit }) => {
    const pos = cursor === undefined ? null : decodeCursor(cursor)
    if (cursor !== undefined && !pos) return appError('INVALID_CURSOR')
    const _ = database().command
    const where = { kind, ...(state ? { state } : {}), ...(pinned ? { pin: _.exists(true) } : {}) }
    const res = await items()
      .where(pos ? _.and([where, after(_, 'updatedAt', pos)] as never) : where)
      .orderBy('updatedAt', 'desc')
      .orderBy('_id', 'desc')
      .limit(limit + 1)
      .field(ROW_FIELDS)
      .get()
    const rows = res.data as ContentItemDoc[]
    return ok({ items: rows.slice(0, limit).map(toRow), nextCursor: nextCursor(rows, limit, (r) => ({ at: r.updatedAt, id: r._id })) })
  }
})
