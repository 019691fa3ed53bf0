// saveDraft: stores one complete, valid section of the caller's draft (the same schema the form
// uses, parsed again here). Materials must be the caller's own uploads and exist.
import { saveDraftInput } from '../../../contracts/dream-plan/actions'
import type { MaterialsSection } from '../../../contracts/dream-plan/application'
import { ok } from '../../_shared/handler'
import { userAction } from '../action'
import { writableDraft } from '../draft-target'
import { draftView, sealSection, writeSection } from '../drafts'
import { verifyMaterials } from '../../_shared/dream-plan/materials'

export const saveDraft = userAction({
  input: saveDraftInput,
  run: async (input, ctx) => {
    const found = await writableDraft(input.applicationId, ctx)
    if ('error' in found) return found.error
    const { target } = found
    if (input.section === 'materials') {
      const refused = await verifyMaterials(input.data as MaterialsSection, { openid: ctx.openid, year: target.year })
      if (refused) return refused
    }
    const doc = await writeSection(target, input.section, sealSection(input.section, input.data as never, ctx.crypto), ctx.now)
    return ok(draftView(target, doc, ctx.crypto))
  }
})
