// recordShare: counts a share of an article (fire-and-forget: sharing never waits on it).
import type { RecordShareResult } from '@contracts/content/actions'
import { callFunction } from '@/lib/cloud'

/** Where an article was shared: a chat (friend or group) or Moments. */
export type ShareTarget = 'chat' | 'timeline'

/** Calls content.recordShare. */
export function recordShare(id: string, target: ShareTarget): Promise<RecordShareResult> {
  return callFunction('content', 'recordShare', { id, target })
}

/** Records a share without waiting or complaining: a lost count must not spoil the share. */
export function recordShareQuietly(id: string, target: ShareTarget): void {
  if (!id) return
  recordShare(id, target).catch(() => undefined)
}
