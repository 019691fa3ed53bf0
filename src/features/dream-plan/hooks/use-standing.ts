// Where the worker stands with this year's policy, for the intro page's button: already applied
// (once per person, or this year), a draft to continue, or nothing yet. Best effort: a failure
// (e.g. not signed in) leaves the plain 立即申请, and the form says what is wrong.
import { useEffect, useState } from 'react'
import type { ApplicationSummary, DraftView } from '@contracts/dream-plan/application'
import type { PolicyView } from '@contracts/dream-plan/policy'
import { arrivedResult } from '@/lib/cloud'
import { getDraft } from '../api/get-draft'
import { listMine } from '../api/list-mine'

export interface Standing {
  /** An application that counts under the policy's rule (anything but withdrawn). */
  applied?: ApplicationSummary
  hasDraft: boolean
}

const NOTHING_YET: Standing = { hasDraft: false }

function standingUnder(policy: PolicyView, mine: ApplicationSummary[], draft: DraftView | null): Standing {
  const applied = mine.find((a) => a.status !== 'withdrawn' && (policy.oncePerPerson || a.year === policy.year))
  return { applied, hasDraft: draft !== null && draft.year === policy.year }
}

export function useStanding(policy: PolicyView | null): Standing {
  // H5: the replies index.html asked for with the policy's, if back when the page first renders
  // (each taken once; a draft's `null` is an answer, `undefined` is none yet). With both back the
  // standing is drawn in the policy's first render: asked for after it, it drew the page twice.
  const [arrived] = useState(() => ({ mine: arrivedResult('dreamPlan', 'listMine', {})?.items, draft: arrivedResult('dreamPlan', 'getDraft', {}) }))
  const [asked, setAsked] = useState<Standing>(NOTHING_YET)
  const bothArrived = arrived.mine !== undefined && arrived.draft !== undefined

  useEffect(() => {
    if (!policy || bothArrived) return
    let live = true
    const draftAnswer = arrived.draft !== undefined ? arrived.draft : getDraft()
    void Promise.allSettled([arrived.mine ?? listMine(), draftAnswer]).then(([mine, draft]) => {
      if (!live) return
      setAsked(standingUnder(policy, mine.status === 'fulfilled' ? mine.value : [], draft.status === 'fulfilled' ? draft.value : null))
    })
    return () => {
      live = false
    }
  }, [policy, arrived, bothArrived])

  if (policy && arrived.mine !== undefined && arrived.draft !== undefined) return standingUnder(policy, arrived.mine, arrived.draft)
  return asked
}
