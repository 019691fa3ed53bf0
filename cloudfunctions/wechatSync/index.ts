// wechatSync: copies the union's 公众号 articles into the app (sync.ts). Run daily by its timer
// trigger (cloudbaserc.json) and on demand by an admin from the app (`{ action: 'sync' }`).
// The account's credentials come from the environment (WECHAT_MP_APPID, WECHAT_MP_SECRET); the
// calling IP must be on the account's whitelist (README). Failures are logged by code only.
import { appError } from '../../contracts/errors'
import type { Envelope } from '../../contracts/envelope'
import { callerOpenId, cloudbase } from '../_shared/cloudbase'
import { ok } from '../_shared/handler'
import { hasRole, staffCaller } from '../_shared/staff-access'
import { credentialsFromEnv, MpClient, MpError } from './mp-client'
import { runSync, type SyncSummary } from './sync'

export async function main(event: { action?: string } | undefined): Promise<Envelope<SyncSummary>> {
  const openid = callerOpenId()
  if (openid) {
    // On demand: a member of staff who may publish. Until the content roles exist, that is an admin.
    if (event?.action !== 'sync') return appError('ACTION_NOT_FOUND')
    if (!hasRole(await staffCaller(openid), 'admin')) return appError('FORBIDDEN')
  }
  const creds = credentialsFromEnv()
  if (!creds) return appError('WECHAT_SYNC_NOT_CONFIGURED')
  try {
    const app = cloudbase()
    const summary = await runSync(app, new MpClient(app, creds), { channel: process.env.WECHAT_SYNC_CHANNEL || '工会动态', source: process.env.WECHAT_MP_NAME || '福田区总工会' })
    console.log(`[wechatSync] listed ${summary.listed}, new ${summary.imported}, updated ${summary.updated}, withdrawn ${summary.withdrawn}, failed ${summary.failed.length}${summary.stoppedBy ? ', stopped by quota' : ''}`)
    return ok(summary)
  } catch (err) {
    console.log(`[wechatSync] run failed: ${err instanceof MpError ? err.errcode : ((err as Error)?.name ?? 'error')}`)
    return appError(err instanceof MpError ? 'WECHAT_SYNC_FAILED' : 'INTERNAL')
  }
}
