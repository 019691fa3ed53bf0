// Which draft a call means: without an application id, the new application's for the year whose
// window is open now; with one, the amendment of the caller's own returned application.
import { appError } from '../../contracts/errors'
import type { Envelope } from '../../contracts/envelope'
import type { DreamContext } from './action'
import { findOwnApplication, openForm, wrongState } from '../_shared/dream-plan/applications'
import { amendDraftId, newDraftId, type DraftTarget } from './drafts'
import { allPolicies, currentPolicy, windowState } from '../_shared/dream-plan/policies'

/** The draft to write to (or upload for), or the reply refusing it. */
export async function writableDraft(applicationId: string | undefined, ctx: DreamContext): Promise<{ target: DraftTarget } | { error: Envelope<never> }> {
  if (applicationId) return amendment(applicationId, ctx)
  const policy = currentPolicy(await allPolicies(), ctx.now)
  if (!policy) return { error: appError('POLICY_NOT_FOUND') }
  const window = windowState(policy, ctx.now)
  if (!window.isOpen) return { error: appError('WINDOW_CLOSED', window.closedReason) }
  return { target: { id: newDraftId(ctx.openid, policy.year), openid: ctx.openid, year: policy.year } }
}

/** The amendment draft of a returned application: not found for anyone but its owner, and only while 退回补正. */
export async function amendment(applicationId: string, ctx: DreamContext): Promise<{ target: DraftTarget } | { error: Envelope<never> }> {
  const app = await findOwnApplication(applicationId, ctx.openid)
  if (!app) return { error: appError('APPLICATION_NOT_FOUND') }
  if (app.status !== 'returned') return { error: wrongState(app.status) }
  return {
    target: {
      id: amendDraftId(ctx.openid, app._id),
      openid: ctx.openid,
      year: app.year,
      applicationId: app._id,
      base: openForm(app, ctx.crypto),
      baseUpdatedAt: app.updatedAt
    }
  }
}
