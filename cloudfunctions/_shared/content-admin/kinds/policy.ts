// The year's 圆梦计划 policy: staff edit its amount, levels, window, budget, 公示 days and the wording
// of its materials; the rest (eligibility, privacy notice …) is kept from the year's stored policy, or from the
// latest year for a new one. Once the year's first application is in, the amount and the levels
// are frozen (409 with the reason); the window may still be extended.
import { policyBody } from '../../../../contracts/content-admin/schemas'
import type { PolicyBody } from '../../../../contracts/content-admin/words'
import { DREAM_PLAN_COLLECTIONS } from '../../../../contracts/dream-plan/documents'
import type { PolicyDoc } from '../../../../contracts/dream-plan/policy'
import { appError } from '../../../../contracts/errors'
import { database } from '../../cloudbase'
import type { KindAdapter } from './kind'

function policies() {
  return database().collection(DREAM_PLAN_COLLECTIONS.policies)
}

async function storedPolicy(year: number): Promise<PolicyDoc | undefined> {
  return (await policies().where({ _id: String(year) }).limit(1).get()).data[0] as PolicyDoc | undefined
}

async function hasApplications(year: number): Promise<boolean> {
  const { total } = (await database().collection(DREAM_PLAN_COLLECTIONS.applications).where({ year }).count()) as { total: number }
  return total > 0
}

/** FROZEN when `body` changes the amount or levels of a year that has applications. */
async function frozenChange(body: PolicyBody) {
  const live = await storedPolicy(body.year)
  if (!live) return null
  const levelsChanged = [...live.levels].sort().join() !== [...body.levels].sort().join()
  if (live.amount === body.amount && !levelsChanged) return null
  if (!(await hasApplications(body.year))) return null
  const what = [live.amount !== body.amount ? '补助金额' : '', levelsChanged ? '学历层次' : ''].filter(Boolean).join('和')
  return appError('POLICY_FROZEN', `${body.year}年度已有人提交申请，${what}不能再修改（申请时间可以延长）`)
}

export const policyKind: KindAdapter = {
  schema: policyBody,
  title: (body) => `${(body as PolicyBody).year}年度圆梦计划`,
  newId: (body) => `policy-${(body as PolicyBody).year}`,
  check: async (raw, item) => {
    const body = raw as PolicyBody
    if (item && item._id !== `policy-${body.year}`) return appError('INVALID_INPUT', '年度不能修改', { 'body.year': '年度不能修改' })
    return frozenChange(body)
  },
  putLive: async (_item, raw) => {
    const b = raw as PolicyBody
    // Checked again here: an application may have come in between the save and the publish.
    const frozen = await frozenChange(b)
    if (frozen) throw Object.assign(new Error('policy frozen'), { envelope: frozen })
    const existing = await storedPolicy(b.year)
    const fields = { year: b.year, title: b.title, amount: b.amount, levels: b.levels, opensAt: b.opensAt, closesAt: b.closesAt, budget: b.budget, publicityDays: b.publicityDays, ...(b.documents ? { documents: b.documents } : {}) }
    if (existing) {
      await policies().doc(String(b.year)).update(fields)
      return
    }
    const template = ((await policies().orderBy('year', 'desc').limit(1).get()).data[0] as PolicyDoc | undefined) ?? null
    if (!template) throw new Error('no policy to take the materials and notices from')
    const { _id, ...rest } = template
    await policies()
      .doc(String(b.year))
      .set({ ...rest, ...fields, sample: false })
  },
  removeLive: async () => ({}),
  mayWithdraw: async () => appError('CONTENT_WRONG_STATE', '圆梦计划政策不能下线，可修改申请时间'),
  readLive: async (id) => {
    const m = /^policy-(\d{4})$/.exec(id)
    if (!m) return null
    const doc = await storedPolicy(Number(m[1]))
    if (!doc) return null
    const body: PolicyBody = {
      year: doc.year,
      title: doc.title,
      amount: doc.amount,
      levels: doc.levels,
      opensAt: doc.opensAt,
      closesAt: doc.closesAt,
      budget: doc.budget,
      publicityDays: doc.publicityDays,
      documents: doc.documents.map((d) => ({ kind: d.kind, name: d.name, description: d.description }))
    }
    return body
  }
}
