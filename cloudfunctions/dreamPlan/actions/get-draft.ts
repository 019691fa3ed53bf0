// getDraft: the caller's own draft in clear (it is their form), to resume on any device; with an
// application id, the amendment of their returned application, starting from what they submitted.
import { getDraftInput } from '../../../contracts/dream-plan/actions'
import type { DraftView } from '../../../contracts/dream-plan/application'
import { ok } from '../../_shared/handler'
import { userAction } from '../action'
import { amendment } from '../draft-target'
import { draftView, loadDraft, newDraftId } from '../drafts'
import { allPolicies, currentPolicy } from '../../_shared/dream-plan/policies'

export const getDraft = userAction({
  input: getDraftInput,
  run: async ({ applicationId }, ctx) => {
    if (applicationId) {
      const found = await amendment(applicationId, ctx)
      if ('error' in found) return found.error
      return ok<DraftView | null>(draftView(found.target, await loadDraft(found.target.id), ctx.crypto))
    }
    const policy = currentPolicy(await allPolicies(), ctx.now)
    if (!policy) return ok<DraftView | null>(null)
    const target = { id: newDraftId(ctx.openid, policy.year), openid: ctx.openid, year: policy.year }
    const doc = await loadDraft(target.id)
    return ok<DraftView | null>(doc ? draftView(target, doc, ctx.crypto) : null)
  }
})
