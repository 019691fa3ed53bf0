// reveal: one full number for a reason, recorded in the audit log before the number is returned.
// Reviewers may see the ID and mobile numbers; only finance the bank card.
import { REVEALABLE_FIELDS, revealInput, REVIEW_ACTION_ROLES } from '../../../contracts/dream-plan/review'
import { appError } from '../../../contracts/errors'
import { recordAudit } from '../../_shared/audit'
import { openNumber } from '../../_shared/dream-plan/applications'
import { dataCrypto } from '../../_shared/dream-plan/data-key'
import { ok } from '../../_shared/handler'
import { staffAction } from '../../_shared/staff-action'
import { readableApplication } from '../applications-access'
import { revealableFor } from '../review-views'

export const reveal = staffAction({
  roles: REVIEW_ACTION_ROLES.reveal,
  input: revealInput,
  run: async ({ id, field, reason }, { caller, now }) => {
    if (!revealableFor(caller).includes(field)) return appError('FORBIDDEN', `${REVEALABLE_FIELDS[field]}仅限财务人员查看`)
    const found = await readableApplication(id, caller)
    if ('error' in found) return found.error
    const value = openNumber(found.doc, field, dataCrypto())
    await recordAudit(caller, 'reveal', { target: id, reason, detail: { field, applicationNo: found.doc.applicationNo } }, now)
    return ok({ field, value })
  }
})
