// getMine: one of the caller's applications with masked numbers, material links and its timeline.
// Anyone else's id is "not found": never confirm that it exists.
import { getMineInput } from '../../../contracts/dream-plan/actions'
import { appError } from '../../../contracts/errors'
import { ok } from '../../_shared/handler'
import { userAction } from '../action'
import { findOwnApplication } from '../../_shared/dream-plan/applications'
import { detailOf } from '../views'

export const getMine = userAction({
  input: getMineInput,
  run: async ({ id }, { openid, now }) => {
    const app = await findOwnApplication(id, openid)
    if (!app) return appError('APPLICATION_NOT_FOUND')
    return ok(await detailOf(app, now))
  }
})
