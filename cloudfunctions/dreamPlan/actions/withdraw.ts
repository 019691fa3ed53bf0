// withdraw: the worker takes back an application before review starts ('submitted' only). The
// application stays as a record, but it no longer counts: its unique keys are released in the same
// update, so the person may apply again while the window is open (the history says so).
import { withdrawInput } from '../../../contracts/dream-plan/actions'
import type { HistoryEntry } from '../../../contracts/dream-plan/documents'
import { appError } from '../../../contracts/errors'
import { ok } from '../../_shared/handler'
import { userAction } from '../action'
import { applications, findOwnApplication, lostRace, releasedKey, wrongState } from '../../_shared/dream-plan/applications'
import { statusChangeUpdate } from '../../_shared/dream-plan/status-change'
import { detailOf } from '../views'

export const WITHDRAWN_NOTE = '申请已撤回，不计入申请次数；申请期内可重新申请'

export const withdraw = userAction({
  input: withdrawInput,
  run: async ({ id, reason }, { openid, now }) => {
    const app = await findOwnApplication(id, openid)
    if (!app) return appError('APPLICATION_NOT_FOUND')
    if (app.status !== 'submitted') return wrongState(app.status)
    const at = now.toISOString()
    const entry: HistoryEntry = { at, from: 'submitted', to: 'withdrawn', by: 'applicant', ...(reason ? { reason } : {}), note: WITHDRAWN_NOTE }
    const res = (await applications()
      .where({ _id: id, openid, status: 'submitted', version: app.version })
      .update({
        ...statusChangeUpdate(id, app.history.length, entry),
        personKey: releasedKey(id),
        openKey: releasedKey(id)
      })) as { updated?: number }
    if (!res.updated) return lostRace(id, openid, 'submitted')
    const updated = await findOwnApplication(id, openid)
    return ok(await detailOf(updated!, now))
  }
})
