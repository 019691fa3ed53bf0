// 申报序号 (2026-000123): handed out from a per-year counter document incremented with
// `updateAndReturn({ last: _.inc(1) })`, one atomic find-and-modify on one document, so two
// submits can never read the same number. A number is taken only after the application's insert
// has won its unique keys, so a submit refused as ALREADY_APPLIED never uses one up.
import { DREAM_PLAN_COLLECTIONS, PENDING_NUMBER_PREFIX, type ApplicationDoc, type CounterDoc } from '../../contracts/dream-plan/documents'
import { database } from '../_shared/cloudbase'
import { isDuplicateKey } from '../_shared/db-errors'
import { DreamPlanFault } from '../_shared/dream-plan/data-key'
import { applications, findOwnApplication } from '../_shared/dream-plan/applications'

function counters() {
  return database().collection(DREAM_PLAN_COLLECTIONS.counters)
}

/** `2026-000123`. Six digits leave room for 999,999 applications a year; more still sort after. */
export function formatApplicationNo(year: number, n: number): string {
  return `${year}-${String(n).padStart(6, '0')}`
}

/** The next number of `year`, creating the counter on first use. */
export async function nextApplicationNo(year: number): Promise<string> {
  const _ = database().command
  const id = `applicationNo-${year}`
  for (let attempt = 0; attempt < 3; attempt++) {
    const res = (await counters().where({ _id: id }).updateAndReturn({ last: _.inc(1) })) as { doc?: CounterDoc | null }
    if (res.doc && typeof res.doc.last === 'number') return formatApplicationNo(year, res.doc.last)
    const start: CounterDoc = { _id: id, last: 0 }
    try {
      await counters().add(start)
    } catch (err) {
      if (!isDuplicateKey(err)) throw err
    }
  }
  throw new DreamPlanFault('the application number counter could not be created')
}

/**
 * Gives a just-inserted application its number. A retry of the same submit may find it between
 * the insert and the numbering: it waits briefly for the first call to finish, and numbers the
 * application itself only if that call died there (the conditional update keeps one number).
 */
export async function ensureNumbered(doc: ApplicationDoc, { wait }: { wait: boolean }): Promise<ApplicationDoc> {
  let current = doc
  for (let i = 0; wait && i < 20 && current.applicationNo.startsWith(PENDING_NUMBER_PREFIX); i++) {
    await new Promise((r) => setTimeout(r, 50))
    current = (await findOwnApplication(doc._id, doc.openid)) ?? current
  }
  if (!current.applicationNo.startsWith(PENDING_NUMBER_PREFIX)) return current
  const applicationNo = await nextApplicationNo(current.year)
  const res = (await applications().where({ _id: current._id, applicationNo: current.applicationNo }).update({ applicationNo })) as { updated?: number }
  if (res.updated) return { ...current, applicationNo }
  return (await findOwnApplication(doc._id, doc.openid)) ?? current
}
