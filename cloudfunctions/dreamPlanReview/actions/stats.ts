// stats: counts by status, by street and by month, and money paid against the year's budget, for
// the staff home page's chart. Counted by the database (aggregation), not by reading every
// application. A street reviewer's figures cover their streets.
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../../contracts/dream-plan/application'
import { statsInput, type StatsResult, REVIEW_ACTION_ROLES } from '../../../contracts/dream-plan/review'
import { STREETS, type Street } from '../../../contracts/services/catalog'
import { database } from '../../_shared/cloudbase'
import { applications } from '../../_shared/dream-plan/applications'
import { findPolicy } from '../../_shared/dream-plan/policies'
import { ok } from '../../_shared/handler'
import { staffAction } from '../../_shared/staff-action'
import { hasRole, readableStreets } from '../../_shared/staff-access'

/** Aggregation answers 20 groups unless told otherwise; a year has at most 8,784 hours. */
const GROUPS_MAX = 10_000

interface StatusStreetGroup {
  _id: { status: ApplicationStatus; street: Street }
  n: number
  amount: number
}
interface HourGroup {
  _id: string
  n: number
}

/** The Shanghai month (YYYY-MM) of a UTC hour bucket "2026-03-31T16". */
function shanghaiMonth(utcHour: string): string {
  return new Date(Date.parse(`${utcHour}:00:00Z`) + 8 * 3_600_000).toISOString().slice(0, 7)
}

export const stats = staffAction({
  roles: REVIEW_ACTION_ROLES.stats,
  input: statsInput,
  run: async ({ year }, { caller }) => {
    const db = database()
    const _ = db.command
    const $ = _.aggregate
    // Admins manage people and see the whole district's figures; a street reviewer sees theirs.
    const streets = hasRole(caller, 'admin') ? null : readableStreets(caller)
    const match = { year, ...(streets ? { 'work.street': _.in(streets) } : {}) }

    const [byStatusStreet, submittedHours, paidMonths, policy] = await Promise.all([
      applications()
        .aggregate()
        .match(match)
        .group({ _id: { status: '$status', street: '$work.street' }, n: $.sum(1), amount: $.sum('$amount') })
        .limit(GROUPS_MAX)
        .end(),
      // Hours, not days: a Shanghai month starts at 16:00 UTC the day before.
      applications()
        .aggregate()
        .match(match)
        .group({ _id: $.substr(['$submittedAt', 0, 13]), n: $.sum(1) })
        .limit(GROUPS_MAX)
        .end(),
      applications()
        .aggregate()
        .match({ ...match, status: 'paid' })
        .group({ _id: $.substr(['$payment.paidAt', 0, 7]), n: $.sum(1) })
        .limit(GROUPS_MAX)
        .end(),
      findPolicy(year)
    ])

    const byStatus = Object.fromEntries(Object.keys(APPLICATION_STATUSES).map((s) => [s, 0])) as Record<ApplicationStatus, number>
    const streetRows = new Map<Street, { street: Street; total: number; approved: number; paid: number }>()
    let paidAmount = 0
    let approvedAmount = 0
    for (const g of (byStatusStreet as { data: StatusStreetGroup[] }).data) {
      const { status, street } = g._id
      byStatus[status] = (byStatus[status] ?? 0) + g.n
      const row = streetRows.get(street) ?? { street, total: 0, approved: 0, paid: 0 }
      row.total += g.n
      if (status === 'approved') row.approved += g.n
      if (status === 'paid') row.paid += g.n
      streetRows.set(street, row)
      if (status === 'paid') paidAmount += g.amount
      if (status === 'approved' || status === 'paid') approvedAmount += g.amount
    }
    const months = new Map<string, { month: string; submitted: number; paid: number }>()
    const month = (m: string) => months.get(m) ?? months.set(m, { month: m, submitted: 0, paid: 0 }).get(m)!
    for (const g of (submittedHours as { data: HourGroup[] }).data) month(shanghaiMonth(g._id)).submitted += g.n
    for (const g of (paidMonths as { data: HourGroup[] }).data) if (g._id) month(g._id).paid += g.n

    const shown = streets ?? [...STREETS]
    const result: StatsResult = {
      year,
      byStatus,
      byStreet: shown.map((s) => streetRows.get(s) ?? { street: s, total: 0, approved: 0, paid: 0 }),
      byMonth: [...months.values()].sort((a, b) => a.month.localeCompare(b.month)),
      paidAmount,
      approvedAmount,
      budget: policy?.budget ?? 0
    }
    return ok(result)
  }
})
