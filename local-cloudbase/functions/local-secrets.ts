// Values for `{{env.NAME}}` placeholders in cloudbaserc.json's envVariables. `tcb fn deploy` fills
// them from the deployer's environment; locally we take the process environment, else a random
// 32-byte key generated once and kept in <dataDir>/local-secrets.json, so data encrypted with it
// stays readable across restarts and every developer gets their own key. A few names are not
// secrets but ids of things the local CloudBase itself provides (LOCAL_DEFAULTS): those resolve to
// the local thing.
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { LOCAL_TEMPLATE_ID } from '../wechat/templates'
import { LOCAL_MP_APPID, LOCAL_MP_SECRET } from '../wechat/mp-articles'

/** Placeholders that name something the local CloudBase provides, not a secret. */
export const LOCAL_DEFAULTS: Record<string, string> = {
  /** The subscribe-message template of the WeChat stand-in (local-cloudbase/wechat). */
  DREAM_PLAN_TEMPLATE_ID: LOCAL_TEMPLATE_ID,
  /** The 公众号 account of the publishing-API stand-in (local-cloudbase/wechat/mp-articles.ts). */
  WECHAT_MP_APPID: LOCAL_MP_APPID,
  WECHAT_MP_SECRET: LOCAL_MP_SECRET
}

const PLACEHOLDER = /^\{\{\s*env\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}$/

/** The variable a placeholder names, or null for a literal value. */
export function placeholderName(value: string): string | null {
  return PLACEHOLDER.exec(value)?.[1] ?? null
}

/** Resolves placeholders for one function's variables. */
export function resolveEnvVariables(vars: Record<string, string>, dataDir: string | undefined): Record<string, string> {
  const file = dataDir ? path.join(dataDir, 'local-secrets.json') : ''
  let secrets: Record<string, string> = file && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(vars)) {
    const name = placeholderName(value)
    if (!name) {
      out[key] = value
      continue
    }
    if (process.env[name]) out[key] = process.env[name]!
    else if (Object.prototype.hasOwnProperty.call(LOCAL_DEFAULTS, name)) out[key] = LOCAL_DEFAULTS[name]
    else if (file) {
      if (!secrets[name]) {
        secrets = { ...secrets, [name]: randomBytes(32).toString('base64') }
        writeFileSync(file, JSON.stringify(secrets, null, 2) + '\n', { mode: 0o600 })
      }
      out[key] = secrets[name]
    }
  }
  return out
}
