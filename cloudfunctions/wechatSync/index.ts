// wechatSync: copies the union's 公众号 articles into the app (sync.ts). Run daily by its timer
// trigger (cloudbaserc.json) and on demand by a publisher (审核发布) or an admin from the app
// (`{ action: 'sync' }`, through the gateway like every staff call).
// The account's credentials come from the environment (WECHAT_MP_APPID, WECHAT_MP_SECRET); the
// calling IP must be on the account's whitelist (README). Failures are logged by code only.
import { appError } from '../../contracts/errors'
import type { Envelope } from '../../contracts/envelope'
import { callerOpenId, cloudbase } from '../_shared/cloudbase'
import { ok } from '../_shared/handler'
import { forbiddenFor, hasRole, staffCaller } from '../_shared/staff-access'
import { CONTENT_ROLES } from '../../contracts/content-admin/roles'
import { credentialsFromEnv, MpClient, MpError } from './mp-client'
import { runSync, type SyncSummary } from './sync'

/** The platform's timer event: the only caller without an openid that may run the sync. */
function isTimer(event: unknown): boolean {
  return (event as { Type?: unknown } | undefined)?.Type === 'Timer'
}

export async function main(event: { action?: string } | undefined): Promise<Envelope<SyncSummary>> {
  const openid = callerOpenId()
  if (!openid && !isTimer(event)) return appError('UNAUTHENTICATED')
  if (openid) {
    // On demand: whoever may publish what the sync brings (a publisher), or an admin.
    if (event?.action !== 'sync') return appError('ACTION_NOT_FOUND')
    if (!hasRole(await staffCaller(openid), ...CONTENT_ROLES.syncers)) return forbiddenFor(...CONTENT_ROLES.syncers)
  }
  const creds = credentialsFromEnv()
  if (!creds) return appError('WECHAT_SYNC_NOT_CONFIGURED')
  try {
    const app = cloudbase()
    const summary = await runSync(app, new MpClient(app, creds), { channel: process.env.WECHAT_SYNC_CHANNEL || '工会动态', source: process.env.WECHAT_MP_NAME || '福田区总工会' })
    console.log(`[wechatSync] listed ${summary.listed}, new ${summary.imported}, updated ${summary.updated}, awaiting review ${summary.awaitingReview}, withdrawn ${summary.withdrawn}, failed ${summary.failed.length}${summary.stoppedBy ? ', stopped by quota' : ''}`)
    return ok(summary)
  } catch (err) {
    console.log(`[wechatSync] run failed: ${err instanceof MpError ? err.errcode : ((err as Error)?.name ?? 'error')}`)
    return appError(err instanceof MpError ? 'WECHAT_SYNC_FAILED' : 'INTERNAL')
  }
}
