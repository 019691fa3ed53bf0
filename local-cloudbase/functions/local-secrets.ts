// Values for `{{env.NAME}}` placeholders in cloudbaserc.json's envVariables. `tcb fn deploy` fills
// them from the deployer's environment; locally we take the process environment, else a random
// 32-byte key generated once and kept in <dataDir>/local-secrets.json, so data encrypted with it
// stays readable across restarts and every developer gets their own key.
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

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
