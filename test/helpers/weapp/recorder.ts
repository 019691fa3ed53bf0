// Everything the app did through `wx`, and everything that went wrong while it ran. A test reads the
// calls to check behaviour and ends with `assertNoProblems()`: a problem is what WeChat would show
// a worker as a blank page, a warning in the console or a dead button.

/** One `wx` call as the app made it (arguments JSON-crossed, callbacks dropped). */
export interface RecordedCall {
  api: string
  args: unknown[]
}

export type ProblemKind =
  | 'unknown-api'
  | 'wxml-runtime'
  | 'undefined-in-setData'
  | 'uncaught-error'
  | 'unhandled-rejection'
  | 'navigation-failed'
  | 'console-error'

export interface Problem {
  kind: ProblemKind
  detail: string
}

function plain(value: unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === 'function' ? undefined : v)) ?? 'null')
  } catch {
    return String(value)
  }
}

/** Calls and problems of one app run. */
export class Recorder {
  readonly calls: RecordedCall[] = []
  readonly problems: Problem[] = []

  call(api: string, args: unknown[]): void {
    this.calls.push({ api, args: args.map(plain) })
  }

  problem(kind: ProblemKind, detail: string): void {
    this.problems.push({ kind, detail })
  }

  /** The calls of one API, in order. */
  callsOf(api: string): RecordedCall[] {
    return this.calls.filter((c) => c.api === api)
  }

  /** Forgets problems the test has checked on purpose (a planted bug, an expected failure). */
  takeProblems(kind?: ProblemKind): Problem[] {
    const taken = this.problems.filter((p) => !kind || p.kind === kind)
    const kept = this.problems.filter((p) => !taken.includes(p))
    this.problems.splice(0, this.problems.length, ...kept)
    return taken
  }

  assertNoProblems(): void {
    if (this.problems.length === 0) return
    const lines = this.problems.map((p) => `  [${p.kind}] ${p.detail}`).join('\n')
    throw new Error(`小程序运行中出现 ${this.problems.length} 个问题:\n${lines}`)
  }
}
