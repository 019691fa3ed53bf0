// Starts a local CloudBase for one test file: its own temporary data directory, a free port, the
// built functions (plus test-only functions), and the real SDK pointed at it.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Envelope } from '../../contracts/envelope'
import type { RecordedMessage } from '../../local-cloudbase/wechat/state'
import { DEFAULT_ENV_ID, startLocalCloudbase, type LocalCloudbase, type LocalCloudbaseOptions } from '../../local-cloudbase'
import { connectLocalSdk, type SdkApp } from '../../local-cloudbase/sdk-client'
import { CLOUDBASERC, FUNCTIONS_OUT } from '../../scripts/paths'
import { statusOf } from '../../contracts/errors'
import { keepLast } from './keep-last'

/** A running local CloudBase with conveniences for tests. */
export interface TestCloudbase {
  local: LocalCloudbase
  url: string
  sdk: SdkApp
  dataDir: string
  /** POST /api/<fn> as the given openid; returns the HTTP status and the envelope. */
  call: <T = unknown>(fn: string, body: unknown, openid?: string) => Promise<{ status: number; body: Envelope<T> }>
  /** Empties every collection and re-applies the declared indexes (and forgets WeChat's grants and messages). */
  reset: () => Promise<void>
  /** WeChat's side: the user tapped 允许 for `templateId` (`count` one-time grants). */
  grant: (openid: string, templateId: string, count?: number) => Promise<void>
  /** Messages WeChat accepted (the stand-in's messages.jsonl). */
  messages: () => Promise<RecordedMessage[]>
  /** The next `count` subscribe-message sends answer `errcode` (or, with `'drop'`, lose the connection). */
  injectFault: (fault: number | 'drop', count?: number) => Promise<void>
  /** Fires the function's timer trigger now; resolves with what the function returned. */
  fireTimer: <T = unknown>(fn: string, trigger?: string) => Promise<T>
  /** The local CloudBase's last log lines (function errors, server errors), oldest first. */
  recentLog: () => string[]
  stop: () => Promise<void>
}

/** Test-only functions (e.g. `whoami`) live here, apart from the product's. */
export const TEST_FUNCTIONS = path.join(__dirname, '..', 'fixtures', 'functions')

export async function startTestCloudbase(overrides: Partial<LocalCloudbaseOptions> = {}): Promise<TestCloudbase> {
  const dataDir = overrides.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'futian-test-'))
  // Kept, not printed: a failed browser test prints them (browser-file.ts); tests that provoke errors stay quiet.
  const logged: string[] = []
  const local = await startLocalCloudbase({ statusOf, dataDir, functionsDir: FUNCTIONS_OUT, cloudbaserc: CLOUDBASERC, port: 0, log: (line) => keepLast(logged, line, 40), ...overrides })
  const sdk = connectLocalSdk(local.url, DEFAULT_ENV_ID)
  return {
    local,
    url: local.url,
    sdk,
    dataDir,
    call: (fn, body, openid) => callGateway(local.url, fn, body, openid),
    reset: async () => {
      await fetch(`${local.url}/__local/reset`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    },
    grant: async (openid, templateId, count = 1) => {
      await postLocal(local.url, '/__local/wechat/grants', { openid, templateId, count })
    },
    messages: async () => {
      const res = await fetch(`${local.url}/__local/wechat/messages`)
      return ((await res.json()) as { messages: RecordedMessage[] }).messages
    },
    injectFault: async (fault, count = 1) => {
      await postLocal(local.url, '/__local/wechat/faults', fault === 'drop' ? { drop: true, count } : { errcode: fault, count })
    },
    fireTimer: async <T>(fn: string, trigger?: string) => {
      const body = (await postLocal(local.url, `/__local/timers/${fn}`, trigger ? { trigger } : {})) as { result: T }
      return body.result
    },
    recentLog: () => [...logged],
    stop: async () => {
      await local.stop()
      if (!overrides.dataDir) rmSync(dataDir, { recursive: true, force: true })
    }
  }
}

/** POST /api/<fn> on the local CloudBase at `url` as `openid` (a string body is sent as it is). */
export async function callGateway<T = unknown>(url: string, fn: string, body: unknown, openid?: string): Promise<{ status: number; body: Envelope<T> }> {
  const res = await fetch(`${url}/api/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(openid ? { 'x-wx-openid': openid } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body)
  })
  return { status: res.status, body: await res.json() }
}

async function postLocal(url: string, route: string, body: unknown): Promise<unknown> {
  const res = await fetch(`${url}${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  const json = await res.json()
  if (!res.ok) throw new Error(`${route} answered ${res.status}: ${JSON.stringify(json)}`)
  return json
}
