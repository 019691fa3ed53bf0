// An action on a loaded staff screen (publish, pin, rename …): one at a time, then a note of what
// was done or the server's words, and the screen loaded again either way, since a row another
// staff member changed meanwhile should show as it is now, so that the next try can work.
import { useCallback, useState } from 'react'
import { toCloudError } from './cloud'

export interface Action {
  busy: boolean
  /** What the last action did (已发布 …), shown until the next one starts. */
  note: string
  /** The server's words when the last action failed. */
  failure: string
  /** Runs `work`; resolves true when it succeeded. */
  run: (work: () => Promise<unknown>, done: string) => Promise<boolean>
}

export function useAction(reload: () => Promise<unknown>): Action {
  const [busy, setBusy] = useState(false)
  const [note, setNote] = useState('')
  const [failure, setFailure] = useState('')
  const run = useCallback(
    async (work: () => Promise<unknown>, done: string) => {
      setBusy(true)
      setFailure('')
      setNote('')
      try {
        await work()
        setNote(done)
        return true
      } catch (err) {
        setFailure(toCloudError(err).message)
        return false
      } finally {
        await reload()
        setBusy(false)
      }
    },
    [reload]
  )
  return { busy, note, failure, run }
}
