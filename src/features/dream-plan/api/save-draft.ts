// saveDraft: stores one complete, valid section (the server parses it again with the same schema).
import type { DraftView } from '@contracts/dream-plan/application'
import type { SaveDraftInput } from '@contracts/dream-plan/actions'
import { callFunction } from '@/lib/cloud'

/** Calls dreamPlan.saveDraft. Field errors come back keyed `data.<field>` (see form/fields.ts). */
export function saveDraft(input: SaveDraftInput): Promise<DraftView> {
  return callFunction('dreamPlan', 'saveDraft', input)
}
