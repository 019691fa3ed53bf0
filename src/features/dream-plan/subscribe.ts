// Status-update subscriptions: WeChat's subscribe-message permission, asked only from a tap on the
// success page, for the templates in TARO_APP_DREAM_PLAN_TEMPLATE_IDS (comma-separated). On H5, or
// without template ids, there is nothing to ask and the button is hidden.
import Taro from '@tarojs/taro'
import { recordSubscription } from './api/record-subscription'

/** WeChat accepts at most three one-time templates in one request. */
const MAX_TEMPLATES = 3

/** The configured template ids (empty when unset: Taro inlines only variables the .env files define). */
export function subscribeTemplateIds(): string[] {
  let raw = ''
  try {
    raw = process.env.TARO_APP_DREAM_PLAN_TEMPLATE_IDS ?? ''
  } catch {
    // Not defined at build time and no `process` at run time.
    raw = ''
  }
  return raw
    .split(',')
    .map((id) => id.trim())
    .filter((id) => /^[A-Za-z0-9_-]{1,64}$/.test(id))
    .slice(0, MAX_TEMPLATES)
}

/** True when the success page should offer the subscribe button. */
export function canSubscribe(): boolean {
  return process.env.TARO_ENV === 'weapp' && subscribeTemplateIds().length > 0
}

/** Asks for the templates (call only from a tap) and records the accepted ones. */
export async function subscribeToStatusUpdates(): Promise<{ accepted: string[] }> {
  const tmplIds = subscribeTemplateIds()
  const res = (await Taro.requestSubscribeMessage({ tmplIds } as Taro.requestSubscribeMessage.Option)) as unknown as Record<string, string>
  const accepted = tmplIds.filter((id) => res[id] === 'accept')
  if (accepted.length) await recordSubscription(accepted)
  return { accepted }
}
