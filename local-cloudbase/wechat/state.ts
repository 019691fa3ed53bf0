// WeChat's side of subscribe messages, kept under <dataDir>/wechat/: the grants users gave
// (grants.json: openid → template id → unused one-time grants), every accepted message
// (messages.jsonl, one JSON object a line) and, in memory, faults injected for the next sends.
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** A message WeChat accepted. */
export interface RecordedMessage {
  at: string
  touser: string
  template_id: string
  page?: string
  data: Record<string, { value: string }>
  miniprogram_state?: string
  lang?: string
}

/** What the next send answers instead of its real outcome. */
export type Fault = { errcode: number; errmsg: string } | { drop: true }

type Grants = Record<string, Record<string, number>>

export class WechatState {
  readonly dir: string
  private grants: Grants
  private readonly faults: Fault[] = []

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, 'wechat')
    mkdirSync(this.dir, { recursive: true })
    this.grants = existsSync(this.grantsFile) ? (JSON.parse(readFileSync(this.grantsFile, 'utf8')) as Grants) : {}
  }

  private get grantsFile() {
    return path.join(this.dir, 'grants.json')
  }

  private get messagesFile() {
    return path.join(this.dir, 'messages.jsonl')
  }

  /** The user tapped 允许 for this template `count` times (each tap is one one-time grant). */
  grant(openid: string, templateId: string, count: number): number {
    const forUser = (this.grants[openid] ??= {})
    forUser[templateId] = Math.max(0, (forUser[templateId] ?? 0) + count)
    this.saveGrants()
    return forUser[templateId]
  }

  /** Unused grants of a user, by template. */
  grantsOf(openid: string): Record<string, number> {
    return { ...(this.grants[openid] ?? {}) }
  }

  /** Uses one grant; false when there is none. */
  consume(openid: string, templateId: string): boolean {
    const left = this.grants[openid]?.[templateId] ?? 0
    if (left <= 0) return false
    this.grants[openid][templateId] = left - 1
    this.saveGrants()
    return true
  }

  record(message: RecordedMessage): void {
    appendFileSync(this.messagesFile, JSON.stringify(message) + '\n')
  }

  messages(): RecordedMessage[] {
    if (!existsSync(this.messagesFile)) return []
    return readFileSync(this.messagesFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as RecordedMessage)
  }

  /** The next `count` sends answer `fault`. */
  injectFaults(fault: Fault, count: number): void {
    for (let i = 0; i < count; i++) this.faults.push(fault)
  }

  /** Takes the next injected fault, if any. */
  nextFault(): Fault | undefined {
    return this.faults.shift()
  }

  /** Forgets grants, messages and faults (templates.json, being configuration, stays). */
  clear(): void {
    this.grants = {}
    this.faults.length = 0
    rmSync(this.grantsFile, { force: true })
    rmSync(this.messagesFile, { force: true })
  }

  // Written aside and renamed, so a crash never leaves half a ledger.
  private saveGrants(): void {
    const temp = `${this.grantsFile}.${process.pid}.tmp`
    writeFileSync(temp, JSON.stringify(this.grants, null, 2) + '\n')
    renameSync(temp, this.grantsFile)
  }
}
