// Per-function settings read from cloudbaserc.json, the same file `tcb fn deploy` reads, so local
// timeouts, memory and environment variables match what is deployed.
import { existsSync, readFileSync } from 'node:fs'
import { resolveEnvVariables } from './local-secrets'

/** What the runner needs to know about one function. */
export interface FunctionConfig {
  timeoutMs: number
  memoryMb: number
  envVariables: Record<string, string>
  /** Timer triggers (`type: "timer"`); the local server runs them only when started with `timers`. */
  triggers: TimerTrigger[]
}

/** One `triggers[]` entry of type timer: `config` is the seven-field schedule. */
export interface TimerTrigger {
  name: string
  config: string
}

const DEFAULTS: FunctionConfig = { timeoutMs: 20_000, memoryMb: 256, envVariables: {}, triggers: [] }

/**
 * Reads `functions[]` of a cloudbaserc.json; missing file or entries fall back to CloudBase's
 * defaults. `{{env.NAME}}` values are resolved as local-secrets.ts says (dataDir keeps generated ones).
 */
export function readFunctionConfigs(cloudbasercPath: string, dataDir?: string): Map<string, FunctionConfig> {
  const out = new Map<string, FunctionConfig>()
  if (!existsSync(cloudbasercPath)) return out
  const rc = JSON.parse(readFileSync(cloudbasercPath, 'utf8')) as {
    functions?: {
      name: string
      timeout?: number
      memorySize?: number
      envVariables?: Record<string, string>
      triggers?: { name?: string; type?: string; config?: string }[]
    }[]
  }
  for (const fn of rc.functions ?? []) {
    out.set(fn.name, {
      timeoutMs: (fn.timeout ?? DEFAULTS.timeoutMs / 1000) * 1000,
      memoryMb: fn.memorySize ?? DEFAULTS.memoryMb,
      envVariables: resolveEnvVariables(fn.envVariables ?? {}, dataDir),
      triggers: (fn.triggers ?? [])
        .filter((t) => t.type === 'timer' && typeof t.name === 'string' && typeof t.config === 'string')
        .map((t) => ({ name: t.name!, config: t.config! }))
    })
  }
  return out
}

/** The settings for `name`, defaults where cloudbaserc.json is silent. */
export function configFor(configs: Map<string, FunctionConfig>, name: string): FunctionConfig {
  return configs.get(name) ?? DEFAULTS
}
