// get: one application with its materials and its whole history.
import { getInput, REVIEW_ACTION_ROLES } from '../../../contracts/dream-plan/review'
import { ok } from '../../_shared/handler'
import { staffAction } from '../../_shared/staff-action'
import { readableApplication } from '../applications-access'
import { toReviewDetail } from '../review-views'

export const get = staffAction({
  roles: REVIEW_ACTION_ROLES.get,
  input: getInput,
  run: async ({ id }, { caller }) => {
    const found = await readableApplication(id, caller)
    if ('error' in found) return found.error
    return ok(await toReviewDetail(found.doc, caller))
  }
})
