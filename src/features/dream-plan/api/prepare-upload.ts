// prepareUpload: where to upload one material (the caller's own folder), after the server checks
// its type and size.
import type { PrepareUploadInput, PrepareUploadResult } from '@contracts/dream-plan/actions'
import { callFunction } from '@/lib/cloud'

/** Calls dreamPlan.prepareUpload. */
export function prepareUpload(input: PrepareUploadInput): Promise<PrepareUploadResult> {
  return callFunction('dreamPlan', 'prepareUpload', input)
}
