// Two reviewers deciding the same application at the same moment, with the version both saw, 50
// times over: each time exactly one wins (200), the other hears 409 (CONFLICT, in the words the
// reviewer reads, or WRONG_STATE), and the application holds exactly one new history entry and one
// new notice.
import { suiteCloudbase } from '../../helpers/suite-cloudbase'
import { makePolicy } from '../dream-plan/dream-plan-kit'
import type { Decision } from '../../../contracts/dream-plan/review'
import { applyIn, callReview, codeOf, CONFLICT_MESSAGE, inBatches, makeCrew, messageOf, reach, stored, STREET, type Crew, type StateKey, type Submitted } from './review-kit'

let crew: Crew
const cb = suiteCloudbase({ reset: 'once', policy: () => makePolicy('open'), seed: async (cb) => {
  crew = await makeCrew(cb)
} })

const ROUNDS = 50

/** The pairs that race, in turn: two street reviewers of the street, or two district reviewers. */
const PAIRS: { from: StateKey; a: [keyof Crew, Decision]; b: [keyof Crew, Decision] }[] = [
  { from: 'submitted', a: ['street', 'pass'], b: ['street2', 'pass'] },
  { from: 'in_review:street', a: ['street', 'return'], b: ['street2', 'reject'] },
  { from: 'submitted', a: ['street', 'accept'], b: ['street2', 'return'] },
  { from: 'in_review:district', a: ['district', 'pass'], b: ['district2', 'pass'] },
  { from: 'in_review:district', a: ['district', 'reject'], b: ['district2', 'return'] }
]

test(`${ROUNDS} rounds of two reviewers deciding at once: one wins, one 409, one history entry`, async () => {
  // Every round's application is ready before the racing starts.
  const rounds = await inBatches(Array.from({ length: ROUNDS }, (_v, i) => PAIRS[i % PAIRS.length]), 4, async (pair) => {
    const app: Submitted = await applyIn(cb, STREET)
    await reach(cb, crew, app, pair.from)
    return { pair, app, before: await stored(cb, app.id) }
  })
  const tally = { CONFLICT: 0, WRONG_STATE: 0 }
  for (const { pair, app, before } of rounds) {
    const decide = ([who, decision]: [keyof Crew, Decision]) =>
      callReview(cb, 'decide', { id: app.id, version: before.version, decision, ...(decision === 'return' || decision === 'reject' ? { reason: `${who} 的意见` } : {}) }, crew[who])
    const replies = await Promise.all([decide(pair.a), decide(pair.b)])
    const winners = replies.filter((r) => r.status === 200)
    const losers = replies.filter((r) => r.status !== 200)
    expect({ app: app.id, winners: winners.length }).toEqual({ app: app.id, winners: 1 })
    const loser = losers[0]
    expect(loser.status).toBe(409)
    expect(['CONFLICT', 'WRONG_STATE']).toContain(codeOf(loser))
    if (codeOf(loser) === 'CONFLICT') expect(messageOf(loser)).toBe(CONFLICT_MESSAGE)
    tally[codeOf(loser) as keyof typeof tally] += 1

    const after = await stored(cb, app.id)
    expect(after.version).toBe(before.version + 1)
    expect(after.history).toHaveLength(before.history.length + 1)
    expect(after.notices).toHaveLength((before.notices ?? []).length + 1)
    expect(after.noticesPending).toBe((before.noticesPending ?? 0) + 1)
    // The one entry is the winner's.
    const winner = winners[0].body as { data: { status: string } }
    const winnerIndex = replies.indexOf(winners[0])
    const [who] = winnerIndex === 0 ? pair.a : pair.b
    expect(after.history[after.history.length - 1]).toMatchObject({ to: winner.data.status, by: { staffId: crew[who] } })
    expect(after.status).toBe(winner.data.status)
  }
  // Both kinds of loss are fine; say which happened.
  console.log(`races: ${ROUNDS} rounds, losers ${JSON.stringify(tally)}`)
}, 120_000)
