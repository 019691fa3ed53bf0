// One run of the sender: every application with notices still pending, page by page, and each of
// its notices that is due; claims past their lease are closed as interrupted.
import type { NoticeEntry } from '../../contracts/dream-plan/documents'
import { interrupt, pendingPage, type NoticeRef } from './notice-store'
import { PAGE_SIZE, RUN_BUDGET_MS } from './policy'
import { sendNotice } from './send-notice'

/** What a run did, in counts (never whom it was about). */
export interface Summary {
  sent: number
  skipped: number
  failed: number
  /** Notices put back to `pending` for a later run after transient failures. */
  retried: number
  /** Claims found past their lease (a sender died mid-send), closed as failed without resending. */
  interrupted: number
}

export async function runSender(templateId: string, log: (line: string) => void, started = Date.now()): Promise<Summary> {
  const summary: Summary = { sent: 0, skipped: 0, failed: 0, retried: 0, interrupted: 0 }
  let afterId = ''
  for (;;) {
    const page = await pendingPage(afterId)
    for (const app of page) {
      for (const [index, notice] of (app.notices ?? []).entries()) {
        if (Date.now() - started > RUN_BUDGET_MS) {
          log('run budget used; the rest waits for the next run')
          return summary
        }
        const ref: NoticeRef = { applicationId: app._id, index, id: notice.id }
        if (isExpiredClaim(notice)) {
          if (await interrupt(ref, notice.leaseUntil!)) summary.interrupted += 1
        } else if (isDue(notice)) {
          const result = await sendNotice(ref, notice, app.openid, templateId, log)
          if (result !== 'lost') summary[result] += 1
        }
      }
    }
    if (page.length < PAGE_SIZE) return summary
    afterId = page[page.length - 1]._id
  }
}

function isDue(notice: NoticeEntry): boolean {
  return notice.state === 'pending' && (!notice.nextAttemptAt || Date.parse(notice.nextAttemptAt) <= Date.now())
}

function isExpiredClaim(notice: NoticeEntry): boolean {
  return notice.state === 'sending' && !!notice.leaseUntil && Date.parse(notice.leaseUntil) < Date.now()
}
