// listChannels: the home page's tabs, the site's own channels first, with how many articles each has.
import { listChannelsInput, type ListChannelsResult } from '../../../contracts/content/actions'
import type { ChannelInfo } from '../../../contracts/content/article'
import { defineAction, ok } from '../../_shared/handler'
import { channels } from '../channels-collection'

/** More channels than a tab bar could show; the importer keeps a handful. */
const MAX_CHANNELS = 100

export const listChannels = defineAction({
  input: listChannelsInput,
  access: 'public',
  run: async () => {
    const res = await channels().orderBy('order', 'asc').orderBy('name', 'asc').limit(MAX_CHANNELS).get()
    const result: ListChannelsResult = {
      channels: (res.data as ChannelInfo[]).map(({ name, order, articleCount }) => ({ name, order, articleCount }))
    }
    return ok(result)
  }
})
