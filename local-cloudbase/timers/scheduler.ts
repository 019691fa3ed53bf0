// Timer triggers from cloudbaserc.json, run as CloudBase runs them: at each time the schedule
// names, the function is invoked with `{ Type: 'Timer', TriggerName, Time, Message }` and no
// caller (no openid); its result goes nowhere. Runs may overlap (CloudBase does not serialise them).
// Scheduling is off unless the server is started with `timers: true`; `fire` works either way.
import type { FunctionConfig } from '../functions/function-config'
import type { FunctionsRunner } from '../functions/runner'
import { CronError, nextFire, parseCron, type CronSchedule } from './cron'

/** The event a timer invocation receives (SCF's timer trigger event). */
export interface TimerEvent {
  Type: 'Timer'
  TriggerName: string
  /** The scheduled instant, ISO 8601 in UTC without milliseconds. */
  Time: string
  Message: string
}

interface Entry {
  fn: string
  name: string
  config: string
  schedule?: CronSchedule
  error?: string
  next?: Date | null
  timer?: NodeJS.Timeout
}

/** The longest single wait; longer waits are re-armed, so a far-off fire is never a huge timeout. */
const MAX_WAIT_MS = 3600_000

export class TimerScheduler {
  private readonly entries: Entry[] = []
  private running = false

  constructor(
    private readonly runner: FunctionsRunner,
    configs: Map<string, FunctionConfig>,
    private readonly log: (line: string) => void
  ) {
    for (const [fn, config] of configs) {
      for (const trigger of config.triggers) {
        const entry: Entry = { fn, name: trigger.name, config: trigger.config }
        try {
          entry.schedule = parseCron(trigger.config)
        } catch (err) {
          if (!(err instanceof CronError)) throw err
          entry.error = err.message
          log(`[timer] ${fn}/${trigger.name}: ${err.message}`)
        }
        this.entries.push(entry)
      }
    }
  }

  /** Every declared timer trigger, with its next fire time when scheduling is on. */
  list(now = new Date()) {
    return this.entries.map((e) => ({
      function: e.fn,
      trigger: e.name,
      config: e.config,
      ...(e.error ? { error: e.error } : {}),
      next: e.schedule ? (nextFire(e.schedule, now)?.toISOString() ?? null) : null,
      scheduled: this.running && !!e.timer
    }))
  }

  /** True when `fn` has a timer trigger (named `trigger`, if given). */
  has(fn: string, trigger?: string): boolean {
    return this.entries.some((e) => e.fn === fn && (trigger === undefined || e.name === trigger))
  }

  /** Invokes the function's trigger once, now; resolves with what the function returned. */
  async fire(fn: string, trigger?: string, at = new Date()): Promise<{ trigger: string; event: TimerEvent; result: unknown }> {
    const entry = this.entries.find((e) => e.fn === fn && (trigger === undefined || e.name === trigger))
    if (!entry) throw new Error(`function ${fn} has no timer trigger${trigger ? ` named ${trigger}` : ''}`)
    const event = timerEvent(entry.name, at)
    const result = await this.runner.invoke(fn, event, {})
    return { trigger: entry.name, event, result }
  }

  /** Arms every valid trigger. */
  start(): void {
    this.running = true
    for (const entry of this.entries) if (entry.schedule) this.arm(entry, new Date())
  }

  stop(): void {
    this.running = false
    for (const entry of this.entries) {
      if (entry.timer) clearTimeout(entry.timer)
      entry.timer = undefined
    }
  }

  private arm(entry: Entry, after: Date): void {
    const next = nextFire(entry.schedule!, after)
    entry.next = next
    if (!next || !this.running) return
    const wait = () => {
      if (!this.running) return
      const left = next.getTime() - Date.now()
      if (left > 0) {
        entry.timer = setTimeout(wait, Math.min(left, MAX_WAIT_MS))
        entry.timer.unref()
        return
      }
      void this.runScheduled(entry, next)
      this.arm(entry, next)
    }
    wait()
  }

  private async runScheduled(entry: Entry, at: Date): Promise<void> {
    if (!this.runner.has(entry.fn)) {
      this.log(`[timer] ${entry.fn}/${entry.name}: the function is not built`)
      return
    }
    try {
      await this.runner.invoke(entry.fn, timerEvent(entry.name, at), {})
    } catch (err) {
      this.log(`[timer] ${entry.fn}/${entry.name} failed: ${(err as Error).message}`)
    }
  }
}

export function timerEvent(name: string, at: Date): TimerEvent {
  return { Type: 'Timer', TriggerName: name, Time: at.toISOString().replace(/\.\d{3}Z$/, 'Z'), Message: '' }
}
