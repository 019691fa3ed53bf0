// decide: a reviewer's decision at the level the application waits at. The update is conditional
// on the version the reviewer saw, and carries the history entry and the notice with it, so of two
// reviewers deciding at once exactly one wins and the history gains exactly one entry.
import { DECISIONS, decideInput, REVIEW_ACTION_ROLES } from '../../../contracts/dream-plan/review'
import type { HistoryEntry } from '../../../contracts/dream-plan/documents'
import { database } from '../../_shared/cloudbase'
import { applications } from '../../_shared/dream-plan/applications'
import { statusChangeUpdate } from '../../_shared/dream-plan/status-change'
import { ok } from '../../_shared/handler'
import { staffAction } from '../../_shared/staff-action'
import { hasRole, outsideStreets } from '../../_shared/staff-access'
import { findApplication, readableApplication } from '../applications-access'
import { notAllowedIn, takenByOther } from '../conflicts'
import { toReviewDetail } from '../review-views'
import { DECIDER, levelOf, nextState } from '../transitions'

export const decide = staffAction({
  roles: REVIEW_ACTION_ROLES.decide,
  input: decideInput,
  run: async ({ id, version, decision, reason }, { caller, now }) => {
    const found = await readableApplication(id, caller)
    if ('error' in found) return found.error
    const { doc } = found
    if (doc.version !== version) return takenByOther()
    const level = levelOf(doc)
    const next = level ? nextState(doc.status, level, decision) : null
    // The right family of role at the wrong level is a state problem (409), not a permission one.
    if (!level || !next || !hasRole(caller, DECIDER[level])) return notAllowedIn(doc.status, DECISIONS[decision], doc.applicationNo)
    if (level === 'street' && !caller.streets.includes(doc.work.street)) return outsideStreets()

    const _ = database().command
    const entry: HistoryEntry = {
      at: now.toISOString(),
      from: doc.status,
      to: next.to,
      by: { role: DECIDER[level], staffId: caller.openid },
      ...(next.stage ? { stage: next.stage } : {}),
      ...(reason && (decision === 'return' || decision === 'reject') ? { reason } : {})
    }
    const res = (await applications()
      .where({ _id: id, version })
      .update(statusChangeUpdate(id, doc.history.length, entry, { stage: next.stage ?? _.remove() }))) as { updated?: number }
    if (!res.updated) return takenByOther()
    const updated = await findApplication(id)
    return ok(await toReviewDetail(updated!, caller))
  }
})
