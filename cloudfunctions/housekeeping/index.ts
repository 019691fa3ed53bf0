// housekeeping: deletes export files whose download link has expired (they hold personal data:
// finance's hold full card numbers). Run by its timer trigger (cloudbaserc.json); a call from a
// signed-in user is refused. A file is deleted from storage before its record, so a failed run
// leaves the record for the next run to try again.
import { DREAM_PLAN_COLLECTIONS, type ExportFileDoc } from '../../contracts/dream-plan/documents'
import { cloudbase, database } from '../_shared/cloudbase'
import { createTimerHandler } from '../_shared/timer-handler'

const BATCH = 50

export const main = createTimerHandler('housekeeping', async (log) => {
  const _ = database().command
  const exports = database().collection(DREAM_PLAN_COLLECTIONS.exports)
  const now = new Date().toISOString()
  const { data } = await exports.where({ deleteAfter: _.lte(now) }).orderBy('deleteAfter', 'asc').limit(BATCH).get()
  const due = data as ExportFileDoc[]
  if (!due.length) return { deleted: 0 }
  const { fileList } = await cloudbase().deleteFile({ fileList: due.map((d) => d.fileID) })
  // Deleted now, or already gone: either way the record has done its job.
  const done = due.filter((d, i) => ['SUCCESS', 'STORAGE_FILE_NONEXIST'].includes(fileList?.[i]?.code ?? ''))
  if (done.length) await exports.where({ _id: _.in(done.map((d) => d._id)) }).remove()
  log(`deleted ${done.length} export file(s)${done.length < due.length ? `, ${due.length - done.length} left for the next run` : ''}`)
  return { deleted: done.length }
})
