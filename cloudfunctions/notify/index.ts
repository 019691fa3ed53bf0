// notify: sends the subscribe messages that status changes of 圆梦计划 applications queued
// (`notices` on each application; see contracts/dream-plan/documents.ts). Run by its timer trigger
// every minute (cloudbaserc.json); a call from a signed-in user is refused. Each notice is sent at
// most once, also with runs overlapping. Logs hold counts and errcodes only: never openids,
// reasons or message data.
import { appError } from '../../contracts/errors'
import type { Envelope } from '../../contracts/envelope'
import { callerOpenId } from '../_shared/cloudbase'
import { ok } from '../_shared/handler'
import { runSender, type Summary } from './run'

const log = (line: string) => console.log(line)

export async function main(_event: unknown): Promise<Envelope<Summary>> {
  // The platform's caller, not the event: a timer (or another function on its behalf) has no openid.
  if (callerOpenId()) return appError('FORBIDDEN')
  const templateId = (process.env.DREAM_PLAN_TEMPLATE_ID ?? '').trim()
  try {
    const summary = await runSender(templateId, log)
    if (Object.values(summary).some((n) => n > 0)) log(`[notify] sent ${summary.sent}, skipped ${summary.skipped}, failed ${summary.failed}, retried ${summary.retried}, interrupted ${summary.interrupted}`)
    return ok(summary)
  } catch (err) {
    // Database and SDK errors may echo what they were sent: log only their code.
    log(`[notify] run failed: ${(err as { code?: string })?.code ?? (err as Error)?.name ?? 'error'}`)
    return appError('INTERNAL')
  }
}
