// A write the SDK was told succeeded survives kill -9 of the server.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DEFAULT_ENV_ID } from '../../../local-cloudbase'
import { connectLocalSdk } from '../../../local-cloudbase/sdk-client'
import { eventually } from '../../helpers/eventually'
import { killHard, spawnServer } from '../../helpers/spawn-server'

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'futian-durable-'))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

test('acknowledged writes are all there after kill -9 and a restart', async () => {
  const first = await spawnServer(dataDir)
  const db = connectLocalSdk(first.url, DEFAULT_ENV_ID).database()
  const acknowledged: string[] = []
  // Writes keep flowing while the kill lands: some are acknowledged, the last may not be.
  let killed = false
  const writer = (async () => {
    for (let i = 0; !killed && i < 2000; i++) {
      try {
        const { id } = (await db.collection('ledger').add({ seq: i })) as { id: string }
        await db.collection('ledger').doc(id).update({ confirmed: true })
        acknowledged.push(id)
      } catch {
        break
      }
    }
  })()
  // Kill once a good number of writes are acknowledged (a state, not a time: a loaded machine
  // writes more slowly, a fast one more quickly), while the writer is still going.
  await eventually(() => acknowledged.length, { timeoutMs: 60_000 }).toBeGreaterThanOrEqual(50)
  killed = true
  await killHard(first.child)
  await writer
  expect(acknowledged.length).toBeGreaterThanOrEqual(50)

  const second = await spawnServer(dataDir)
  try {
    const db2 = connectLocalSdk(second.url, DEFAULT_ENV_ID).database()
    const stored = new Map<string, { confirmed?: boolean }>()
    for (let offset = 0; ; offset += 1000) {
      const page = (await db2.collection('ledger').skip(offset).limit(1000).get()).data as { _id: string; confirmed?: boolean }[]
      page.forEach((d) => stored.set(d._id, d))
      if (page.length < 1000) break
    }
    for (const id of acknowledged) expect(stored.get(id)).toMatchObject({ confirmed: true })
  } finally {
    await killHard(second.child)
  }
})
