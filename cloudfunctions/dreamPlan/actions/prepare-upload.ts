// prepareUpload: where to upload one material (the caller's own folder, a fresh random name), after
// checking its type and size, so a wrong file is refused before it is sent.
import { randomBytes } from 'node:crypto'
import { prepareUploadInput, type PrepareUploadResult } from '../../../contracts/dream-plan/actions'
import { materialCloudPath } from '../../../contracts/dream-plan/uploads'
import { ok } from '../../_shared/handler'
import { userAction } from '../action'
import { writableDraft } from '../draft-target'

export const prepareUpload = userAction({
  input: prepareUploadInput,
  run: async ({ kind, contentType, applicationId }, ctx) => {
    const found = await writableDraft(applicationId, ctx)
    if ('error' in found) return found.error
    const { year } = found.target
    const cloudPath = materialCloudPath({ openid: ctx.openid, year, kind, contentType, random: randomBytes(12).toString('hex') })
    return ok<PrepareUploadResult>({ cloudPath, year })
  }
})
