// listChannels: the channel tabs of the home page, and their hook.
import { useCallback, useState } from 'react'
import { KNOWN_CHANNELS } from '@contracts/content/article'
import type { ListChannelsResult } from '@contracts/content/actions'
import { callFunction } from '@/lib/cloud'
import { useRequestTicket } from '@/lib/use-request-ticket'
import { showReply } from '@/lib/show-reply'
import { useLoadEffect } from '@/lib/use-load-effect'
import type { FirstScreen } from './get-home'

/** Calls content.listChannels. */
export function listChannels(): Promise<ListChannelsResult> {
  return callFunction('content', 'listChannels', {})
}

/** The union's own channels, shown when the call fails or returns none. */
export const FALLBACK_CHANNELS: string[] = [...KNOWN_CHANNELS]

/** Channel names in tab order: by `order`, with 工会动态 always first. */
export function orderChannels(result: ListChannelsResult): string[] {
  const names = [...result.channels].sort((a, b) => a.order - b.order).map((c) => c.name)
  const first = KNOWN_CHANNELS[0]
  return names.includes(first) ? [first, ...names.filter((n) => n !== first)] : names
}

/**
 * The home page's channels. Starts with the known channels so the feed can load at once; the
 * server's list replaces them when it arrives (a failure keeps them: tabs never disappear).
 */
export function useChannels(firstScreen?: FirstScreen) {
  const [channels, setChannels] = useState<string[]>(FALLBACK_CHANNELS)
  const [status, setStatus] = useState<'loading' | 'ready' | 'fallback'>('loading')
  const ticket = useRequestTicket()

  const load = useCallback(async () => {
    const mine = ticket.next()
    try {
      const names = orderChannels(await (firstScreen?.take('channels', {}) ?? listChannels()))
      if (!ticket.isCurrent(mine)) return
      showReply(() => {
        if (names.length > 0) setChannels(names)
        setStatus(names.length > 0 ? 'ready' : 'fallback')
      })
    } catch {
      if (ticket.isCurrent(mine)) setStatus('fallback')
    }
  }, [ticket, firstScreen])

  useLoadEffect(useCallback(() => void load(), [load]), ticket)

  return { channels, status, reload: load }
}
