// H5: the reply to a call that index.html's inline script already made while the app downloaded
// (config/early-calls.ts lists them, config/early-calls-script.ts makes them), taken once.

/** The window property the inline script fills: call key → { at, reply }. */
export const EARLY_CALLS_GLOBAL = '__earlyCalls'

/**
 * How long an early reply stays usable. The app's first call comes within a second or two of the
 * page opening; a call made later (a channel switched back to, a pull-down) must ask afresh.
 */
export const EARLY_REPLY_MAX_AGE_MS = 10_000

/** One key per call, whatever the order of the event's fields. The inline script computes the same. */
export function earlyCallKey(fn: string, event: Record<string, unknown>): string {
  return `${fn} ${JSON.stringify(Object.keys(event).sort().map((field) => [field, event[field]]))}`
}

interface EarlyEntry {
  at: number
  reply: Promise<Response>
}

/**
 * The early reply to this exact call, if the page's HTML started one and it is still fresh; it
 * rejects when `signal` aborts first, as the fetch it stands for would.
 */
export function takeEarlyReply(fn: string, event: Record<string, unknown>, signal?: AbortSignal): Promise<Response> | null {
  const started = (globalThis as Record<string, unknown>)[EARLY_CALLS_GLOBAL] as Record<string, EarlyEntry> | undefined
  // Every H5 call passes here: without early calls (any page not listed) it costs one lookup.
  if (!started) return null
  const key = earlyCallKey(fn, event)
  const entry = started[key]
  if (!entry) return null
  // Taken once, and only while fresh: a second identical call (重试, pull-down) must reach the server.
  delete started[key]
  if (Date.now() - entry.at > EARLY_REPLY_MAX_AGE_MS) return null
  if (!signal) return entry.reply
  return new Promise((resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason))
    entry.reply.then(resolve, reject)
  })
}
