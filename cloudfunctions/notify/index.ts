// notify: sends the subscribe messages that status changes of 圆梦计划 applications queued
// (`notices` on each application; see contracts/dream-plan/documents.ts). Run by its timer trigger
// every minute (cloudbaserc.json); a call from a signed-in user is refused. Each notice is sent at
// most once, also with runs overlapping. Logs hold counts and errcodes only: never openids,
// reasons or message data.
import { createTimerHandler } from '../_shared/timer-handler'
import { runSender } from './run'

export const main = createTimerHandler('notify', async (log) => {
  const templateId = (process.env.DREAM_PLAN_TEMPLATE_ID ?? '').trim()
  const summary = await runSender(templateId, log)
  if (Object.values(summary).some((n) => n > 0)) log(`sent ${summary.sent}, skipped ${summary.skipped}, failed ${summary.failed}, retried ${summary.retried}, interrupted ${summary.interrupted}`)
  return summary
})
