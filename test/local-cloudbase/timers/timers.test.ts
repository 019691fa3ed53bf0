// Timer triggers: scheduled runs (on a fake clock), and the local endpoint that fires a trigger
// now and answers with the function's result.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { FunctionConfig } from '../../../local-cloudbase/functions/function-config'
import type { FunctionsRunner } from '../../../local-cloudbase/functions/runner'
import { TimerScheduler, type TimerEvent } from '../../../local-cloudbase/timers/scheduler'
import { startTestCloudbase, type TestCloudbase } from '../../helpers/local-cloudbase'

const config = (triggers: FunctionConfig['triggers']): FunctionConfig => ({ timeoutMs: 1000, memoryMb: 128, envVariables: {}, triggers })

describe('the schedule', () => {
  afterEach(() => jest.useRealTimers())

  test('runs each trigger at the times it names, as a timer event with no caller, overlaps allowed', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-25T06:30:58.500Z') })
    const calls: { name: string; event: TimerEvent; caller: unknown }[] = []
    let running = 0
    let overlapped = false
    const runner = {
      has: () => true,
      invoke: async (name: string, event: TimerEvent, caller: unknown) => {
        calls.push({ name, event, caller })
        running += 1
        if (running > 1) overlapped = true
        // Takes 3 s: the next per-second run starts before this one ends.
        await new Promise((resolve) => setTimeout(resolve, 3000))
        running -= 1
        return { ok: true }
      }
    } as unknown as FunctionsRunner
    const configs = new Map([
      ['notify', config([{ name: 'every-minute', config: '0 * * * * * *' }])],
      ['tick', config([{ name: 'every-second', config: '* * * * * * *' }])],
      ['broken', config([{ name: 'bad', config: '0 * * *' }])]
    ])
    const lines: string[] = []
    const timers = new TimerScheduler(runner, configs, (l) => lines.push(l))
    expect(lines.join()).toMatch(/broken\/bad: .*7 fields/)
    timers.start()
    await jest.advanceTimersByTimeAsync(3000)
    timers.stop()

    const minute = calls.filter((c) => c.name === 'notify')
    expect(minute.map((c) => c.event)).toEqual([{ Type: 'Timer', TriggerName: 'every-minute', Time: '2026-11-25T06:31:00Z', Message: '' }])
    expect(minute[0].caller).toEqual({})
    const seconds = calls.filter((c) => c.name === 'tick').map((c) => c.event.Time)
    expect(seconds).toEqual(['2026-11-25T06:30:59Z', '2026-11-25T06:31:00Z', '2026-11-25T06:31:01Z'])
    expect(overlapped).toBe(true)

    // Stopped: nothing more runs.
    const before = calls.length
    await jest.advanceTimersByTimeAsync(120_000)
    expect(calls.length).toBe(before)
  })
})

describe('firing a trigger now', () => {
  let cb: TestCloudbase
  beforeAll(async () => {
    // A function that answers with the event and the caller it saw.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'futian-timer-fn-'))
    mkdirSync(path.join(dir, 'echo'))
    writeFileSync(
      path.join(dir, 'echo', 'index.js'),
      `exports.main = async (event) => ({ ok: true, data: { event, openid: process.env.WX_OPENID || '' } })\n`
    )
    const rc = path.join(dir, 'cloudbaserc.json')
    writeFileSync(rc, JSON.stringify({ functions: [{ name: 'echo', triggers: [{ name: 'nightly', type: 'timer', config: '0 0 2 * * * *' }] }, { name: 'plain' }] }))
    cb = await startTestCloudbase({ functionsDir: dir, cloudbaserc: rc })
  })
  afterAll(() => cb.stop())

  test('answers with the function result for a timer event without an openid', async () => {
    const result = await cb.fireTimer<{ ok: true; data: { event: TimerEvent; openid: string } }>('echo')
    expect(result.data.openid).toBe('')
    expect(result.data.event).toMatchObject({ Type: 'Timer', TriggerName: 'nightly', Message: '' })
    expect(result.data.event.Time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    expect(result.data.event).not.toHaveProperty('userInfo')
  })

  test('by trigger name, and 404 for a function or trigger that does not exist', async () => {
    const res = await fetch(`${cb.url}/__local/timers/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ trigger: 'nightly' }) })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ ok: true, function: 'echo', trigger: 'nightly' })
    const wrong = await fetch(`${cb.url}/__local/timers/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ trigger: 'hourly' }) })
    expect(wrong.status).toBe(404)
    expect((await fetch(`${cb.url}/__local/timers/plain`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(404)
  })

  test('lists the declared triggers with their next time, unscheduled when timers are off', async () => {
    const res = (await (await fetch(`${cb.url}/__local/timers`)).json()) as { timers: { function: string; trigger: string; next: string; scheduled: boolean }[] }
    expect(res.timers).toEqual([expect.objectContaining({ function: 'echo', trigger: 'nightly', config: '0 0 2 * * * *', scheduled: false })])
    expect(new Date(res.timers[0].next).toISOString().slice(11, 19)).toBe('18:00:00')
  })
})
