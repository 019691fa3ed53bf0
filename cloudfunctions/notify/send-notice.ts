// One pending notice, start to end: claim it, check the template and the worker's grant, send
// (retrying transient failures within the run), and record what happened.
import type { NoticeEntry } from '../../contracts/dream-plan/documents'
import { clearGrants, grantsLeft, useGrant } from './grants'
import { detailPage, noticeData } from './message-content'
import { claim, finish, release, type NoticeRef } from './notice-store'
import { backoffMs, LEASE_MS, MAX_ATTEMPTS, RETRY_WAITS_MS, TRIES_PER_RUN, verdictOf } from './policy'
import { sendSubscribeMessage, type SubscribeMessageRequest } from './subscribe-message'

/** How a notice ended in this run; 'lost' when another sender owned it. */
export type Result = 'sent' | 'skipped' | 'failed' | 'retried' | 'lost'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export async function sendNotice(ref: NoticeRef, notice: NoticeEntry, openid: string, templateId: string, log: (line: string) => void): Promise<Result> {
  const attempts = notice.attempts ?? 0
  const leaseUntil = new Date(Date.now() + LEASE_MS).toISOString()
  if (!(await claim(ref, notice.attempts, leaseUntil))) return 'lost'
  const end = async (result: Result, outcome: Parameters<typeof finish>[2]) => {
    if (!(await finish(ref, leaseUntil, outcome))) log('a finished notice had lost its claim')
    return result
  }

  if (!templateId) return end('skipped', { state: 'skipped', outcome: 'no-template' })
  if ((await grantsLeft(openid, templateId)) <= 0) return end('skipped', { state: 'skipped', outcome: 'no-grant' })

  const request: SubscribeMessageRequest = { touser: openid, template_id: templateId, page: detailPage(ref.applicationId), data: noticeData(notice) }
  let errcode: number | 'threw' = 'threw'
  for (let attempt = 0; attempt < TRIES_PER_RUN; attempt++) {
    if (attempt > 0) await sleep(RETRY_WAITS_MS[attempt - 1] ?? RETRY_WAITS_MS[RETRY_WAITS_MS.length - 1])
    try {
      errcode = (await sendSubscribeMessage(request)).errcode
    } catch {
      errcode = 'threw'
    }
    if (verdictOf(errcode) !== 'transient') break
    log(`transient failure (errcode ${errcode}), try ${attempt + 1} of ${TRIES_PER_RUN}`)
  }

  const code = errcode === 'threw' ? undefined : errcode
  switch (verdictOf(errcode)) {
    case 'sent':
      await useGrant(openid, templateId)
      return end('sent', { state: 'sent', sentAt: new Date().toISOString(), errcode: 0 })
    case 'no-grant':
      await clearGrants(openid, templateId)
      return end('skipped', { state: 'skipped', errcode: 43101, outcome: 'no-grant-at-wechat' })
    case 'rejected':
      log(`WeChat refused a notice: errcode ${code}`)
      return end('failed', { state: 'failed', errcode: code, outcome: 'rejected' })
    case 'transient': {
      const next = attempts + 1
      if (next >= MAX_ATTEMPTS) return end('failed', { state: 'failed', errcode: code, outcome: 'gave-up', attempts: next })
      const at = new Date(Date.now() + backoffMs(next)).toISOString()
      if (!(await release(ref, leaseUntil, next, at, code))) log('a released notice had lost its claim')
      return 'retried'
    }
  }
}
