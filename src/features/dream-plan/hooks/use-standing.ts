// Where the worker stands with this year's policy, for the intro page's button: already applied
// (once per person, or this year), a draft to continue, or nothing yet. Best effort: a failure
// (e.g. not signed in) leaves the plain 立即申请, and the form says what is wrong.
import { useEffect, useState } from 'react'
import type { ApplicationSummary } from '@contracts/dream-plan/application'
import type { PolicyView } from '@contracts/dream-plan/policy'
import { getDraft } from '../api/get-draft'
import { listMine } from '../api/list-mine'

export interface Standing {
  /** An application that counts under the policy's rule (anything but withdrawn). */
  applied?: ApplicationSummary
  hasDraft: boolean
}

export function useStanding(policy: PolicyView | null): Standing {
  const [standing, setStanding] = useState<Standing>({ hasDraft: false })
  useEffect(() => {
    if (!policy) return
    let live = true
    void Promise.allSettled([listMine(), getDraft()]).then(([mine, draft]) => {
      if (!live) return
      const items = mine.status === 'fulfilled' ? mine.value : []
      const applied = items.find((a) => a.status !== 'withdrawn' && (policy.oncePerPerson || a.year === policy.year))
      setStanding({ applied, hasDraft: draft.status === 'fulfilled' && draft.value !== null && draft.value.year === policy.year })
    })
    return () => {
      live = false
    }
  }, [policy])
  return standing
}
