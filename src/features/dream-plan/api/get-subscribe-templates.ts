// getSubscribeTemplates: the template ids to ask WeChat for after submitting (the ones the notify
// function sends with); empty when none is configured.
import type { SubscribeTemplates } from '@contracts/dream-plan/actions'
import { callFunction } from '@/lib/cloud'

/** Calls dreamPlan.getSubscribeTemplates. */
export function getSubscribeTemplates(): Promise<SubscribeTemplates> {
  return callFunction('dreamPlan', 'getSubscribeTemplates', {})
}
