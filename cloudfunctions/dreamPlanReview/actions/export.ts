// export: the filtered list as .xlsx in cloud storage. Finance's export has full card numbers (they
// pay into them), everyone else's masked ones. The export is recorded (who, filter, row count)
// before the file is handed out. The file is deleted an hour later by the housekeeping timer.
import { createHash, randomBytes } from 'node:crypto'
import { exportInput, REVIEW_ACTION_ROLES } from '../../../contracts/dream-plan/review'
import { appError } from '../../../contracts/errors'
import { DREAM_PLAN_COLLECTIONS, type ApplicationDoc, type ExportFileDoc } from '../../../contracts/dream-plan/documents'
import { recordAudit } from '../../_shared/audit'
import { cloudbase, database } from '../../_shared/cloudbase'
import type { PagePosition } from '../../_shared/cursor'
import { openNumber } from '../../_shared/dream-plan/applications'
import { dataCrypto } from '../../_shared/dream-plan/data-key'
import { ok } from '../../_shared/handler'
import { staffAction } from '../../_shared/staff-action'
import { hasRole } from '../../_shared/staff-access'
import { exportWorkbook } from '../export-workbook'
import { queueConditions, queuePage } from '../queue-query'

/** More than a year's applications; beyond it the filter should be narrower. */
export const EXPORT_MAX_ROWS = 20_000
/** How long the download link stays valid; the file is deleted soon after (housekeeping). */
export const EXPORT_URL_SECONDS = 3600
/** Rows per read: the database answers at most 1,000, and a page asks one more to see whether more follow. */
const PAGE = 999

export const exportList = staffAction({
  roles: REVIEW_ACTION_ROLES.export,
  input: exportInput,
  run: async ({ filter }, { caller, now }) => {
    const built = queueConditions(filter, caller, now)
    if ('error' in built) return built.error
    const docs: ApplicationDoc[] = []
    let position: PagePosition | null = null
    for (;;) {
      const page = await queuePage(built, PAGE, position)
      docs.push(...page.slice(0, PAGE))
      if (docs.length > EXPORT_MAX_ROWS) return appError('INVALID_INPUT', `导出最多 ${EXPORT_MAX_ROWS} 条，请缩小筛选范围`)
      if (page.length <= PAGE) break
      const last = page[PAGE - 1]
      position = { at: last.submittedAt, id: last._id }
    }
    const fullCardNumbers = hasRole(caller, 'finance')
    const crypto = fullCardNumbers ? dataCrypto() : null
    const buffer = await exportWorkbook(docs, (d) => (crypto ? openNumber(d, 'cardNumber', crypto) : d.bank.cardNumberMasked))

    const stamp = now.toISOString().replace(/[-:]/g, '').slice(0, 15)
    const cloudPath = `exports/dream-plan/${stamp}-${randomBytes(6).toString('hex')}.xlsx`
    const { fileID } = await cloudbase().uploadFile({ cloudPath, fileContent: buffer })
    // Registered for deletion before anyone can download it, so no export outlives its link.
    const file: ExportFileDoc = {
      _id: createHash('sha256').update(fileID).digest('hex').slice(0, 32),
      fileID,
      createdBy: caller.openid,
      createdAt: now.toISOString(),
      deleteAfter: new Date(now.getTime() + EXPORT_URL_SECONDS * 1000).toISOString()
    }
    await database().collection(DREAM_PLAN_COLLECTIONS.exports).add(file)
    await recordAudit(caller, 'export', { target: fileID, detail: { filter, rows: docs.length, fullCardNumbers } }, now)
    const { fileList } = await cloudbase().getTempFileURL({ fileList: [{ fileID, maxAge: EXPORT_URL_SECONDS }] })
    const day = new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10)
    return ok({ fileID, url: fileList?.[0]?.tempFileURL ?? '', fileName: `圆梦计划申请-${day}.xlsx`, rows: docs.length, fullCardNumbers })
  }
})
