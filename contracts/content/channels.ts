// Where each channel sits among the home page's tabs: the union site's own channels first, in the
// site's order, then any other channel imported pages bring (e.g. 工会培训), by name.
import { KNOWN_CHANNELS } from './article'

/** `order` of a channel that is not one of the site's own. */
export const OTHER_CHANNEL_ORDER = 10

/** The tab order of a channel: 工会动态 0, 通知公告 1, 政务信息公开 2, others 10. */
export function channelOrder(name: string): number {
  const index = (KNOWN_CHANNELS as readonly string[]).indexOf(name)
  return index >= 0 ? index : OTHER_CHANNEL_ORDER
}
