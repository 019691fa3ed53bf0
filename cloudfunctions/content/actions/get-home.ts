// getHome: the home page's first screen in one call: the channel tabs, and the shown channel's
// headlines and first page. The page made three calls for this (listChannels, listHeadlines,
// listArticles); on a cold server each woke a function instance, and on a phone's slow line each
// took a connection while the app's own files were still arriving. Refreshing and paging still use
// the single actions.
import { getHomeInput, type HomeView } from '../../../contracts/content/actions'
import type { Envelope } from '../../../contracts/envelope'
import { defineAction, ok } from '../../_shared/handler'
import { listArticles } from './list-articles'
import { listChannels } from './list-channels'
import { listHeadlines } from './list-headlines'

export const getHome = defineAction({
  input: getHomeInput,
  access: 'public',
  run: async ({ channel, limit }, context): Promise<Envelope<HomeView>> => {
    const [channels, headlines, articles] = await Promise.all([
      listChannels.run({}, context),
      listHeadlines.run({ channel }, context),
      listArticles.run({ channel, limit }, context)
    ])
    if (!channels.ok) return channels
    if (!headlines.ok) return headlines
    if (!articles.ok) return articles
    return ok({ channels: channels.data, headlines: headlines.data, articles: articles.data })
  }
})
