// recordSubscription: the subscribe-message templates the worker just accepted (one message each).
import { callFunction } from '@/lib/cloud'

/** Calls dreamPlan.recordSubscription. */
export function recordSubscription(templateIds: string[]): Promise<{ recorded: number }> {
  return callFunction('dreamPlan', 'recordSubscription', { templateIds })
}
