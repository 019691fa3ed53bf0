// Builds `main` for a function its timer trigger runs: a call from a signed-in user is refused
// (the platform's caller, not the event, decides: a timer has no openid), and a failure is logged by
// its code only, because database and SDK errors may echo the personal data they were sent.
import { appError } from '../../contracts/errors'
import type { Envelope } from '../../contracts/envelope'
import { callerOpenId } from './cloudbase'
import { ok } from './handler'

export function createTimerHandler<R>(name: string, run: (log: (line: string) => void, event: unknown) => Promise<R>) {
  const log = (line: string) => console.log(`[${name}] ${line}`)
  return async function main(event: unknown): Promise<Envelope<R>> {
    if (callerOpenId()) return appError('FORBIDDEN')
    try {
      return ok(await run(log, event))
    } catch (err) {
      log(`run failed: ${(err as { code?: string })?.code ?? (err as Error)?.name ?? 'error'}`)
      return appError('INTERNAL')
    }
  }
}
