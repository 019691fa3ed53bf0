// getHome: the home page's first screen in one call, shared by the three hooks that draw it. The
// page makes one FirstScreen as it opens; the channel tabs (useChannels), the first channel's
// headlines (useHeadlines) and its first page (useArticles) each take their part of the one reply
// for their first load, so opening home costs one call, not three (on H5, the call index.html
// already made). Every later load (重试, pull-down, another channel, the next page) uses the hook's
// own action.
import { useState } from 'react'
import { KNOWN_CHANNELS } from '@contracts/content/article'
import type { GetHomeInput, HomeView } from '@contracts/content/actions'
import { callFunction } from '@/lib/cloud'
import { ARTICLES_PAGE_SIZE } from './list-articles'

/** What home shows first: the union's own first channel, one page of it (useArticles' page size). */
export const FIRST_SCREEN: Required<GetHomeInput> = { channel: KNOWN_CHANNELS[0], limit: ARTICLES_PAGE_SIZE }

type Part = keyof HomeView

/** Calls content.getHome. */
export function getHome(input: GetHomeInput): Promise<HomeView> {
  return callFunction('content', 'getHome', input)
}

/** One opening of home: each part of its one reply is taken once. */
export interface FirstScreen {
  /** The part of the one call, taken, if this load is the first screen's and the part is untaken; null otherwise. */
  take<P extends Part>(part: P, asked: Partial<GetHomeInput>): Promise<HomeView[P]> | null
}

/** Whether a hook's load is the first screen's: its channel and page size (those it names). */
function isFirstScreen(asked: Partial<GetHomeInput>): boolean {
  return (asked.channel ?? FIRST_SCREEN.channel) === FIRST_SCREEN.channel && (asked.limit ?? FIRST_SCREEN.limit) === FIRST_SCREEN.limit
}

export function createFirstScreen(): FirstScreen {
  const untaken = new Set<Part>(['channels', 'headlines', 'articles'])
  let reply: Promise<HomeView> | undefined
  return {
    take(part, asked) {
      if (!isFirstScreen(asked) || !untaken.has(part)) return null
      untaken.delete(part)
      reply ??= getHome(FIRST_SCREEN)
      return reply.then((view) => view[part])
    }
  }
}

/** The page's first screen, made once as it opens. */
export function useFirstScreen(): FirstScreen {
  const [screen] = useState(createFirstScreen)
  return screen
}
