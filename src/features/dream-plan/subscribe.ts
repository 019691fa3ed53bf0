// Status-update subscriptions: WeChat's subscribe-message permission, asked only from a tap on the
// success page, for the templates the server names (dreamPlan.getSubscribeTemplates: the notify
// function's own template, so a grant is always for what gets sent). On H5, or when the server
// names none, there is nothing to ask and the button is hidden.
import Taro from '@tarojs/taro'
import { getSubscribeTemplates } from './api/get-subscribe-templates'
import { recordSubscription } from './api/record-subscription'

/** WeChat accepts at most three one-time templates in one request. */
const MAX_TEMPLATES = 3

/** The templates to offer: none on H5 (no subscribe messages there) or when the server has none.
 * A failure to ask counts as none: the page still says where to follow the application. */
export async function subscribeTemplates(): Promise<string[]> {
  if (process.env.TARO_ENV !== 'weapp') return []
  try {
    const { templateIds } = await getSubscribeTemplates()
    return templateIds.slice(0, MAX_TEMPLATES)
  } catch {
    return []
  }
}

/** Asks for `tmplIds` (call only from a tap) and records the accepted ones. */
export async function subscribeToStatusUpdates(tmplIds: string[]): Promise<{ accepted: string[] }> {
  const res = (await Taro.requestSubscribeMessage({ tmplIds } as Taro.requestSubscribeMessage.Option)) as unknown as Record<string, string>
  const accepted = tmplIds.filter((id) => res[id] === 'accept')
  if (accepted.length) await recordSubscription(accepted)
  return { accepted }
}
