// A reply is drawn as a React transition: React builds the new screen in 5 ms slices, with the
// browser free between them to paint, scroll and answer a tap, instead of in one long task that
// holds the phone (on H5, Lighthouse's Total Blocking Time). What the person does meanwhile (a
// tap, typing) is drawn first. Loading and error states are not replies: they show at once.
import { startTransition } from 'react'

export function showReply(update: () => void): void {
  startTransition(update)
}
