// Transactions on the local CloudBase through the real SDK: commits per second and the share of
// attempts that ended in DATABASE_TRANSACTION_CONFLICT, at 1 and 8 callers. Two workloads: a
// transfer between two of 100 wallets (read both, write both, commit; rarely contended), and one
// hot counter every caller increments (always contended at 8). A conflicted attempt is retried,
// as runTransaction does, so every call ends committed; the total balance is checked afterwards.
import type { SuiteResult } from '../run'
import { startBenchCloudbase } from '../lib/bench-cloudbase'
import { measure, type Measurement } from '../lib/measure'
import { prng } from './news-data'

const WALLETS = 100
const START = 1_000
const MAX_ATTEMPTS = 50

interface Counts {
  attempts: number
  conflicts: number
}

export async function transactionsSuite(): Promise<SuiteResult> {
  const cb = await startBenchCloudbase()
  try {
    const db = cb.sdk.database()
    type Tx = Awaited<ReturnType<typeof db.startTransaction>>
    await db.collection('wallets').add(Array.from({ length: WALLETS }, (_v, i) => ({ _id: `w${i}`, balance: START })))
    await db.collection('counters').add({ _id: 'hot', n: 0 })

    // One attempt after another until one commits; conflicts counted.
    const untilCommitted = async (counts: Counts, body: (tx: Tx) => Promise<void>) => {
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        counts.attempts += 1
        const tx = await db.startTransaction()
        try {
          await body(tx)
          await tx.commit()
          return true
        } catch (err) {
          if ((err as { code?: string }).code !== 'DATABASE_TRANSACTION_CONFLICT') throw err
          counts.conflicts += 1
        }
      }
      return false
    }
    const rnd = prng(13)
    const transfer = (counts: Counts) => {
      const from = Math.floor(rnd() * WALLETS)
      const to = (from + 1 + Math.floor(rnd() * (WALLETS - 1))) % WALLETS
      return untilCommitted(counts, async (tx) => {
        const a = await tx.collection('wallets').doc(`w${from}`).get()
        const b = await tx.collection('wallets').doc(`w${to}`).get()
        await tx.collection('wallets').doc(`w${from}`).update({ balance: a.data.balance - 1 })
        await tx.collection('wallets').doc(`w${to}`).update({ balance: b.data.balance + 1 })
      })
    }
    const increment = (counts: Counts) =>
      untilCommitted(counts, async (tx) => {
        const c = await tx.collection('counters').doc('hot').get()
        await tx.collection('counters').doc('hot').update({ n: c.data.n + 1 })
      })

    const measurements: Measurement[] = []
    const conflictRates: Record<string, string> = {}
    let increments = 0
    for (const [name, op] of [
      ['transfer between 2 of 100 wallets', transfer],
      ['increment one hot counter', increment]
    ] as const) {
      for (const concurrency of [1, 8]) {
        await measure('warm-up', concurrency, concurrency * 2, () => op({ attempts: 0, conflicts: 0 }))
        const counts: Counts = { attempts: 0, conflicts: 0 }
        const calls = concurrency === 1 ? 300 : 800
        const m = await measure(`${name} (commits)`, concurrency, calls, () => op(counts))
        measurements.push(m)
        conflictRates[`${name} @${concurrency}`] = `${((counts.conflicts / counts.attempts) * 100).toFixed(1)} % of ${counts.attempts} attempts`
        if (op === increment) increments += calls + concurrency * 2
      }
    }
    // Warm-up transfers count too; every committed transfer moved exactly 1.
    const wallets = (await db.collection('wallets').limit(1000).get()).data as { balance: number }[]
    const total = wallets.reduce((sum, w) => sum + w.balance, 0)
    const hot = ((await db.collection('counters').doc('hot').get()).data[0] as { n: number }).n
    const errors = measurements.reduce((n, m) => n + m.errors, 0)
    for (const [k, v] of Object.entries(conflictRates)) console.log(`conflict rate, ${k}: ${v}`)
    return {
      measurements,
      targets: [
        { name: 'every transaction commits (conflicts retried)', met: errors === 0, detail: `${errors} gave up or failed` },
        { name: 'transfers keep the total balance', met: total === WALLETS * START, detail: `${total} of ${WALLETS * START}` },
        { name: 'no increment lost on the hot counter', met: hot === increments, detail: `${hot} of ${increments}` }
      ],
      notes: { conflictRates, wallets: WALLETS }
    }
  } finally {
    await cb.stop()
  }
}
