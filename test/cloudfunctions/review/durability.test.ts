// kill -9 of the server in the middle of a run of decisions, then a restart on the same data: every
// application whose status changed has the history entry and the pending notice of each change
// (version, history, notices and noticesPending all moved by the same count), nothing changed
// without its record, and every decision the server acknowledged is there.
import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { ApplicationDoc } from '../../../contracts/dream-plan/documents'
import { DREAM_PLAN_COLLECTIONS } from '../../../contracts/dream-plan/documents'
import type { Decision } from '../../../contracts/dream-plan/review'
import { DEFAULT_ENV_ID } from '../../../local-cloudbase'
import { connectLocalSdk } from '../../../local-cloudbase/sdk-client'
import { callGateway, type TestCloudbase } from '../../helpers/local-cloudbase'
import { killHard, spawnServer } from '../../helpers/spawn-server'
import { makePolicy, setPolicy } from '../dream-plan/dream-plan-kit'
import { applyIn, callReview, inBatches, makeCrew, STREET, type Crew } from './review-kit'

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'futian-review-durable-'))
const children: ChildProcess[] = []
afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) await killHard(c)
  rmSync(dataDir, { recursive: true, force: true })
})

/** Starts the server on `dataDir` in a child process; a TestCloudbase-shaped handle to it. */
async function spawnReviewServer(): Promise<{ cb: TestCloudbase; child: ChildProcess }> {
  const { url, child } = await spawnServer(dataDir)
  children.push(child)
  const cb = { url, dataDir, sdk: connectLocalSdk(url, DEFAULT_ENV_ID), call: (fn: string, body: unknown, openid?: string) => callGateway(url, fn, body, openid) }
  return { cb: cb as unknown as TestCloudbase, child }
}

async function allApplications(cb: TestCloudbase): Promise<Map<string, ApplicationDoc>> {
  const out = new Map<string, ApplicationDoc>()
  for (let offset = 0; ; offset += 1000) {
    const page = (await cb.sdk.database().collection(DREAM_PLAN_COLLECTIONS.applications).skip(offset).limit(1000).get()).data as ApplicationDoc[]
    page.forEach((d) => out.set(d._id, d))
    if (page.length < 1000) break
  }
  return out
}

const APPS = 40
/** Each application's run: 受理, 初审通过, 复审通过. */
const CHAIN: [keyof Crew, Decision][] = [
  ['street', 'accept'],
  ['street', 'pass'],
  ['district', 'pass']
]

test('after kill -9 mid-run, every changed status has its history entry and its pending notice', async () => {
  const first = await spawnReviewServer()
  await setPolicy(first.cb, makePolicy('open'))
  const crew = await makeCrew(first.cb)
  const apps = await inBatches(Array.from({ length: APPS }), 4, () => applyIn(first.cb, STREET))
  const before = await allApplications(first.cb)
  expect(before.size).toBe(APPS)

  // Every application runs its chain, all at once; the kill lands once a share has been acknowledged.
  const acknowledged: { id: string; version: number; status: string }[] = []
  let failed = 0
  const runs = apps.map(async (app) => {
    let version = before.get(app.id)!.version
    for (const [who, decision] of CHAIN) {
      try {
        const res = await callReview(first.cb, 'decide', { id: app.id, version, decision }, crew[who])
        if (res.status !== 200 || !res.body.ok) {
          failed += 1
          return
        }
        version = res.body.data.version
        acknowledged.push({ id: app.id, version, status: res.body.data.status })
      } catch {
        return
      }
    }
  })
  const started = Date.now()
  while (acknowledged.length < (APPS * CHAIN.length) / 3 && Date.now() - started < 20_000) await new Promise((r) => setTimeout(r, 5))
  await killHard(first.child)
  await Promise.all(runs)
  expect(failed).toBe(0)
  expect(acknowledged.length).toBeGreaterThan(0)
  expect(acknowledged.length).toBeLessThan(APPS * CHAIN.length)

  const second = await spawnReviewServer()
  try {
    const after = await allApplications(second.cb)
    expect(after.size).toBe(APPS)
    let changes = 0
    for (const [id, b] of before) {
      const a = after.get(id)!
      const d = a.history.length - b.history.length
      expect({ id, d: d >= 0 && d <= CHAIN.length }).toEqual({ id, d: true })
      changes += d
      if (d === 0) {
        expect(a).toEqual(b)
        continue
      }
      // Version, history, notices and the pending count all moved together.
      expect({ id, version: a.version - b.version, notices: (a.notices ?? []).length - (b.notices ?? []).length, pending: (a.noticesPending ?? 0) - (b.noticesPending ?? 0) }).toEqual({
        id,
        version: d,
        notices: d,
        pending: d
      })
      expect(a.history.slice(0, b.history.length)).toEqual(b.history)
      for (let k = b.history.length; k < a.history.length; k++) {
        expect(a.history[k]).toMatchObject({ from: a.history[k - 1].to, by: { staffId: expect.any(String) } })
        const notice = a.notices!.find((n) => n.id === `${id}:${k}`)
        expect({ id, k, notice }).toMatchObject({ id, k, notice: { status: a.history[k].to, state: 'pending', attempts: 0 } })
      }
      expect(a.status).toBe(a.history[a.history.length - 1].to)
      expect(a.noticesPending).toBe(a.notices!.filter((n) => n.state === 'pending').length)
    }
    // Every acknowledged decision survived.
    for (const ack of acknowledged) {
      const a = after.get(ack.id)!
      const b = before.get(ack.id)!
      expect(a.version).toBeGreaterThanOrEqual(ack.version)
      expect(a.history[b.history.length + (ack.version - b.version) - 1].to).toBe(ack.status)
    }
    expect(changes).toBeGreaterThanOrEqual(acknowledged.length)
    console.log(`durability: ${acknowledged.length} decisions acknowledged before kill -9, ${changes} changes found after restart`)
  } finally {
    await killHard(second.child)
  }
}, 120_000)
