// queue: applications the caller may see, oldest first, filtered.
import { queueInput, REVIEW_ACTION_ROLES } from '../../../contracts/dream-plan/review'
import { appError } from '../../../contracts/errors'
import { decodeCursor, nextCursor } from '../../_shared/cursor'
import { ok } from '../../_shared/handler'
import { staffAction } from '../../_shared/staff-action'
import { queueConditions, queuePage } from '../queue-query'
import { toRow } from '../review-views'

export const QUEUE_PAGE_SIZE = 20

export const queue = staffAction({
  roles: REVIEW_ACTION_ROLES.queue,
  input: queueInput,
  run: async ({ filter, cursor, limit = QUEUE_PAGE_SIZE }, { caller, now }) => {
    const position = cursor ? decodeCursor(cursor) : null
    if (cursor && !position) return appError('INVALID_CURSOR')
    const built = queueConditions(filter, caller, now)
    if ('error' in built) return built.error
    const rows = await queuePage(built, limit, position)
    const next = nextCursor(rows, limit, (d) => ({ at: d.submittedAt, id: d._id }))
    return ok({ items: rows.slice(0, limit).map(toRow), ...(next ? { nextCursor: next } : {}) })
  }
})
