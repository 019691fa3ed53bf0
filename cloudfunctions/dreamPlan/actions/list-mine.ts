// listMine: the caller's applications for 我的申请, newest first.
import { listMineInput } from '../../../contracts/dream-plan/actions'
import { ok } from '../../_shared/handler'
import { userAction } from '../action'
import { applicationsOf } from '../mine'

export const listMine = userAction({
  input: listMineInput,
  run: async (_input, { openid, now }) => ok({ items: await applicationsOf(openid, now) })
})
