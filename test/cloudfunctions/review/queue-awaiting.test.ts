// The 待初审 / 待复审 views: what waits for a decision at each level, whatever its status word —
// 已提交 (no stage yet) and 审核中 at 街道初审 wait for the street; 审核中 at 区总复审 for the district.
import { makePolicy } from '../dream-plan/dream-plan-kit'
import { suiteCloudbase } from '../../helpers/suite-cloudbase'
import { applyIn, callReview, makeCrew, reach, STREET, type Crew, type StateKey } from './review-kit'

let crew: Crew
const cb = suiteCloudbase({ reset: 'once', policy: () => makePolicy('open'), seed: async (cb) => {
  crew = await makeCrew(cb)
} })

const STATES: StateKey[] = ['submitted', 'in_review:street', 'in_review:district', 'returned:street', 'returned:district', 'approved', 'rejected']

test('awaiting street is 已提交 and 街道初审; awaiting district is 区总复审; both ignore every other state', async () => {
  const byState = new Map<StateKey, string>()
  for (const key of STATES) {
    const app = await applyIn(cb, STREET)
    await reach(cb, crew, app, key)
    byState.set(key, app.id)
  }
  const ids = async (openid: string, awaiting: 'street' | 'district') => {
    const res = await callReview(cb, 'queue', { filter: { awaiting }, limit: 100 }, openid)
    expect(res.status).toBe(200)
    return new Set((res.body as { ok: true; data: { items: { id: string }[] } }).data.items.map((r) => r.id))
  }
  expect(await ids(crew.street, 'street')).toEqual(new Set([byState.get('submitted'), byState.get('in_review:street')]))
  expect(await ids(crew.district, 'district')).toEqual(new Set([byState.get('in_review:district')]))
  // A reviewer of another street sees none of them.
  expect((await ids(crew.otherStreet, 'street')).size).toBe(0)
  // Bad input is a Chinese 400.
  const bad = await callReview(cb, 'queue', { filter: { awaiting: 'city' } }, crew.district)
  expect(bad.status).toBe(400)
  expect(bad.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { 'filter.awaiting': '待审核阶段无效' } } })
})
