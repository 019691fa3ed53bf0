// The `channels` rows readers' tabs come from: counts recounted (not incremented) after every
// publish and withdraw, so concurrent publishers and a crash half-way both end right on the next
// recount; the order and share image a publisher set are kept.
import type { ChannelInfo } from '../../../contracts/content/article'
import { channelOrder } from '../../../contracts/content/channels'
import { database } from '../cloudbase'

export const CHANNELS = 'channels'

export interface ChannelDoc extends ChannelInfo {
  _id: string
  shareImage?: string
  /** Made by a publisher: kept (with 0 articles) until they delete it. */
  managed?: boolean
  /** Synced and imported articles are published at once unless this is false (需审核). */
  autoPublish?: boolean
  /** A publisher's saves (absent on rows no publisher has saved: 0). */
  version?: number
}

/**
 * Whether the sync and the importer publish this channel's articles at once. The default is yes:
 * what they bring was already published by the union on its 公众号 or site, after its own review;
 * a publisher switches a channel to 需审核 to see each one first.
 */
export async function channelAutoPublish(name: string): Promise<boolean> {
  const row = (await channelsCollection().where({ _id: name }).limit(1).field({ autoPublish: true }).get()).data[0] as ChannelDoc | undefined
  return row?.autoPublish !== false
}

export function channelsCollection() {
  return database().collection(CHANNELS)
}

export async function countArticles(name: string): Promise<number> {
  const { total } = (await database().collection('articles').where({ channel: name }).count()) as { total: number }
  return total
}

export async function refreshChannelCounts(names: string[]): Promise<void> {
  for (const name of names) {
    const total = await countArticles(name)
    const ref = channelsCollection().doc(name)
    if (total > 0) {
      // The common case in one call; a channel's first article creates its row.
      const res = (await channelsCollection().where({ _id: name }).update({ articleCount: total })) as { updated?: number }
      if (!res.updated) {
        const current = (await ref.get()).data[0] as ChannelDoc | undefined
        if (!current) await ref.set({ name, order: channelOrder(name), articleCount: total })
      }
      continue
    }
    const current = (await ref.get()).data[0] as ChannelDoc | undefined
    if (current && !current.managed) await ref.remove()
    else if (current) await ref.update({ articleCount: 0 })
  }
}
