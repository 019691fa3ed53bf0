// An acknowledged commit survives kill -9 of the server, whole: every transfer the SDK was told
// committed is there after a restart, and no transfer is there in part (the total is kept).
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DEFAULT_ENV_ID } from '../../../local-cloudbase'
import { connectLocalSdk } from '../../../local-cloudbase/sdk-client'
import { eventually } from '../../helpers/eventually'
import { killHard, spawnServer } from '../../helpers/spawn-server'

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'futian-tx-durable-'))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

const ACCOUNTS = ['a', 'b', 'c', 'd']
const START_BALANCE = 1000

test('committed transactions are all there after kill -9 and a restart, none of them in part', async () => {
  const first = await spawnServer(dataDir)
  const db = connectLocalSdk(first.url, DEFAULT_ENV_ID).database()
  type Tx = Awaited<ReturnType<typeof db.startTransaction>>
  await db.collection('wallets').add(ACCOUNTS.map((id) => ({ _id: id, balance: START_BALANCE })))

  const acknowledged: string[] = []
  let killed = false
  // Each transfer moves 1 between two wallets and records itself in the ledger, in one transaction.
  const transfer = async (seq: number) => {
    const from = ACCOUNTS[seq % ACCOUNTS.length]
    const to = ACCOUNTS[(seq + 1) % ACCOUNTS.length]
    await db.runTransaction(async (tx: Tx) => {
      const src = await tx.collection('wallets').doc(from).get()
      const dst = await tx.collection('wallets').doc(to).get()
      await tx.collection('wallets').doc(from).update({ balance: src.data.balance - 1 })
      await tx.collection('wallets').doc(to).update({ balance: dst.data.balance + 1 })
      await tx.collection('ledger').add({ _id: `t${seq}`, from, to })
    }, 20)
    acknowledged.push(`t${seq}`)
  }
  let seq = 0
  const callers = Array.from({ length: 3 }, async () => {
    while (!killed) {
      try {
        await transfer(seq++)
      } catch {
        if (killed) return
      }
    }
  })
  // Kill once enough transfers have been acknowledged: a state to wait for, not a time.
  await eventually(() => acknowledged.length, { timeoutMs: 60_000 }).toBeGreaterThanOrEqual(20)
  killed = true
  await killHard(first.child)
  await Promise.all(callers)

  const second = await spawnServer(dataDir)
  try {
    const db2 = connectLocalSdk(second.url, DEFAULT_ENV_ID).database()
    const ledger = (await db2.collection('ledger').limit(1000).get()).data as { _id: string; from: string; to: string }[]
    const recorded = new Set(ledger.map((t) => t._id))
    for (const id of acknowledged) expect(recorded.has(id)).toBe(true)
    // Balances agree exactly with the ledger: each transfer landed whole or not at all.
    const wallets = (await db2.collection('wallets').get()).data as { _id: string; balance: number }[]
    const expected = new Map(ACCOUNTS.map((id) => [id, START_BALANCE]))
    for (const t of ledger) {
      expected.set(t.from, expected.get(t.from)! - 1)
      expected.set(t.to, expected.get(t.to)! + 1)
    }
    expect(Object.fromEntries(wallets.map((w) => [w._id, w.balance]))).toEqual(Object.fromEntries(expected))
  } finally {
    await killHard(second.child)
  }
})
