// resubmit: after 退回补正 the worker sends the amended form (the application's stored form with
// the sections saved to its amendment draft) back to 'submitted'. One conditional update on the
// version changes the form, the status and the history together; a retry with the same key is
// answered with the application as it is.
import { resubmitInput } from '../../../contracts/dream-plan/actions'
import type { HistoryEntry } from '../../../contracts/dream-plan/documents'
import { appError } from '../../../contracts/errors'
import { database } from '../../_shared/cloudbase'
import { isDuplicateKey } from '../../_shared/db-errors'
import { ok } from '../../_shared/handler'
import { userAction } from '../action'
import {
  alreadyApplied,
  appliedBefore,
  applications,
  findOwnApplication,
  lostRace,
  openForm,
  personKeyOf,
  sealForm,
  wrongState
} from '../../_shared/dream-plan/applications'
import { amendDraftId, deleteDraft, loadDraft, openSections } from '../drafts'
import { checkForm } from '../form'
import { verifyMaterials } from '../../_shared/dream-plan/materials'
import { findPolicy } from '../../_shared/dream-plan/policies'
import { statusChangeUpdate } from '../../_shared/dream-plan/status-change'
import { detailOf } from '../views'

export const resubmit = userAction({
  input: resubmitInput,
  run: async ({ id, idempotencyKey }, { openid, crypto, now }) => {
    const app = await findOwnApplication(id, openid)
    if (!app) return appError('APPLICATION_NOT_FOUND')
    if (app.resubmitKeys?.includes(idempotencyKey)) return ok(await detailOf(app, now))
    if (app.status !== 'returned') return wrongState(app.status)
    const policy = await findPolicy(app.year)
    if (!policy) return appError('POLICY_NOT_FOUND')

    const draftId = amendDraftId(openid, id)
    const draft = await loadDraft(draftId)
    const checked = checkForm({ ...openForm(app, crypto), ...(draft ? openSections(draft, crypto) : {}) }, policy, now)
    if ('error' in checked) return checked.error
    const { form } = checked
    const refused = await verifyMaterials(form.materials, { openid, year: app.year })
    if (refused) return refused
    const sealed = sealForm(form, crypto)
    const personChanged = sealed.idNumberHash !== app.idNumberHash
    if (personChanged && policy.oncePerPerson && (await appliedBefore(sealed.idNumberHash, id))) return alreadyApplied('person', true)

    const _ = database().command
    const at = now.toISOString()
    // Back to the level that returned it: a street return goes back to 街道初审, a district one to 区总复审.
    const stage = app.stage === 'district' ? 'district' : 'street'
    const entry: HistoryEntry = { at, from: 'returned', to: 'in_review', by: 'applicant', stage, note: '已补正并重新提交' }
    let res: { updated?: number }
    try {
      res = (await applications()
        .where({ _id: id, openid, status: 'returned', version: app.version })
        .update({
          // `_.set` replaces each section whole: a field the worker cleared must not survive.
          personal: _.set(sealed.personal),
          work: _.set(sealed.work),
          education: _.set(sealed.education),
          bank: _.set(sealed.bank),
          materials: _.set(sealed.materials),
          idNumberHash: sealed.idNumberHash,
          cardNumberHash: sealed.cardNumberHash,
          personKey: personKeyOf(sealed.idNumberHash, app.year, policy.oncePerPerson),
          ...statusChangeUpdate(id, app.history.length, entry, { stage }),
          resubmitKeys: _.push([idempotencyKey])
        })) as { updated?: number }
    } catch (err) {
      // The amended ID number is one that already applied.
      if (isDuplicateKey(err)) return alreadyApplied('person', policy.oncePerPerson)
      throw err
    }
    if (!res.updated) {
      const current = await findOwnApplication(id, openid)
      if (current?.resubmitKeys?.includes(idempotencyKey)) return ok(await detailOf(current, now))
      return lostRace(id, openid, 'returned')
    }
    await deleteDraft(draftId)
    const updated = await findOwnApplication(id, openid)
    return ok(await detailOf(updated!, now))
  }
})
