// The 公众号 API as the sync needs it: an access_token cached in the database (shared by every
// instance, refreshed before it expires and again when WeChat answers 40001/42001), and calls that
// turn WeChat's `errcode` into errors. The base URL is api.weixin.qq.com unless WECHAT_MP_API_BASE
// says otherwise (the local CloudBase's stand-in).
// https://developers.weixin.qq.com/doc/offiaccount/Basic_Information/Get_access_token.html
import type { SdkApp } from '../_shared/sdk-app'

export const DEFAULT_MP_API_BASE = 'https://api.weixin.qq.com'
const SYNC_STATE = 'wechatSync'
/** Refresh a little before WeChat's 7,200 s are up. */
const EARLY_REFRESH_MS = 5 * 60 * 1000
const CALL_TIMEOUT_MS = 15_000

/** An error WeChat answered with. */
export class MpError extends Error {
  constructor(
    readonly errcode: number,
    errmsg: string,
  ) {
    super(`公众号接口错误 ${errcode}：${errmsg}`)
  }
}

/** 45009: the account's daily quota for this API is used up; the run stops and resumes tomorrow. */
export const RATE_LIMITED = 45009
const TOKEN_INVALID = new Set([40001, 42001, 40014])

export interface MpCredentials {
  appId: string
  secret: string
  base: string
}

/** Credentials from the function's environment, or null when the account is not configured. */
export function credentialsFromEnv(env = process.env): MpCredentials | null {
  if (!env.WECHAT_MP_APPID || !env.WECHAT_MP_SECRET) return null
  return { appId: env.WECHAT_MP_APPID, secret: env.WECHAT_MP_SECRET, base: (env.WECHAT_MP_API_BASE || DEFAULT_MP_API_BASE).replace(/\/+$/, '') }
}

export class MpClient {
  /** How many tokens this client fetched (tests and the run summary). */
  tokensFetched = 0

  constructor(
    private readonly app: SdkApp,
    private readonly creds: MpCredentials,
  ) {}

  private async fetchJson(url: string, init?: RequestInit): Promise<Record<string, unknown>> {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(CALL_TIMEOUT_MS) })
    if (!res.ok) throw new MpError(-1, `HTTP ${res.status}`)
    return (await res.json()) as Record<string, unknown>
  }

  private async token(forceNew: boolean): Promise<string> {
    const ref = this.app.database().collection(SYNC_STATE).doc('token')
    if (!forceNew) {
      const cached = (await ref.get()).data[0] as { accessToken?: string; expiresAt?: number } | undefined
      if (cached?.accessToken && (cached.expiresAt ?? 0) - EARLY_REFRESH_MS > Date.now()) return cached.accessToken
    }
    const q = new URLSearchParams({ grant_type: 'client_credential', appid: this.creds.appId, secret: this.creds.secret })
    const reply = await this.fetchJson(`${this.creds.base}/cgi-bin/token?${q}`)
    if (typeof reply.access_token !== 'string') throw new MpError(Number(reply.errcode ?? -1), String(reply.errmsg ?? 'no access_token'))
    this.tokensFetched++
    await ref.set({ accessToken: reply.access_token, expiresAt: Date.now() + Number(reply.expires_in ?? 7200) * 1000 })
    return reply.access_token
  }

  /** POSTs to a 公众号 API path with the cached token; a rejected token is refreshed once. */
  async call<T>(apiPath: string, body: unknown): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const token = await this.token(attempt > 0)
      const reply = await this.fetchJson(`${this.creds.base}/${apiPath}?access_token=${encodeURIComponent(token)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
      const errcode = Number(reply.errcode ?? 0)
      if (errcode === 0) return reply as T
      if (TOKEN_INVALID.has(errcode) && attempt === 0) continue
      throw new MpError(errcode, String(reply.errmsg ?? ''))
    }
  }
}
