// Every content action's line in the append-only audit log: who (and their roles), what, on which
// item, and fingerprints of the item before and after.
import type { ContentItemDoc, ContentKind, ContentVerb } from '../../../contracts/content-admin/words'
import { recordAudit } from '../audit'
import type { StaffCaller } from '../staff-access'
import { fingerprint } from './fingerprint'

/** The timers act as this caller. */
export const SYSTEM_CALLER: StaffCaller = { openid: 'system:contentTimer', name: '定时任务', roles: [], streets: [] }

export async function auditContent(
  caller: StaffCaller,
  verb: ContentVerb,
  target: { id: string; kind?: ContentKind; title?: string },
  before: Partial<ContentItemDoc> | null | unknown,
  after: Partial<ContentItemDoc> | null | unknown,
  now: Date,
  extra: { reason?: string; detail?: Record<string, unknown> } = {}
): Promise<void> {
  await recordAudit(
    caller,
    'content',
    {
      target: target.id,
      ...(extra.reason ? { reason: extra.reason } : {}),
      detail: {
        verb,
        ...(target.kind ? { kind: target.kind } : {}),
        ...(target.title ? { title: target.title } : {}),
        before: fingerprint(before),
        after: fingerprint(after),
        ...(extra.detail ?? {})
      }
    },
    now
  )
}
