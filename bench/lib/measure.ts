// Latency and throughput of one operation run by N concurrent callers for a fixed number of calls.
import { performance } from 'node:perf_hooks'

/** What one measured operation came to. */
export interface Measurement {
  name: string
  concurrency: number
  calls: number
  p50Ms: number
  p99Ms: number
  maxMs: number
  throughputPerSec: number
  errors: number
}

/** Runs `op` `calls` times with `concurrency` callers; `op(i)` gets the call's index. */
export async function measure(name: string, concurrency: number, calls: number, op: (i: number) => Promise<boolean>): Promise<Measurement> {
  const latencies: number[] = []
  let errors = 0
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < calls; i = next++) {
        const t = performance.now()
        const ok = await op(i).catch(() => false)
        latencies.push(performance.now() - t)
        if (!ok) errors += 1
      }
    })
  )
  const elapsed = performance.now() - started
  latencies.sort((a, b) => a - b)
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]
  return {
    name,
    concurrency,
    calls,
    p50Ms: round(pct(50)),
    p99Ms: round(pct(99)),
    maxMs: round(latencies[latencies.length - 1]),
    throughputPerSec: round((calls / elapsed) * 1000),
    errors
  }
}

/** Prints measurements as an aligned table. */
export function printTable(rows: Measurement[]): void {
  const header = ['operation', 'conc.', 'calls', 'p50 ms', 'p99 ms', 'max ms', 'req/s', 'errors']
  const lines = rows.map((r) => [r.name, r.concurrency, r.calls, r.p50Ms, r.p99Ms, r.maxMs, r.throughputPerSec, r.errors].map(String))
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)))
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')
  console.log(fmt(header))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  lines.forEach((l) => console.log(fmt(l)))
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}
