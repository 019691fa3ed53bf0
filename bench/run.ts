// `npm run bench [-- suite…]`: runs the benchmark suites, prints a table each and writes
// bench/results/<suite>.json. Targets are checked and reported here, never in the tests.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { buildFunctions } from '../scripts/build-functions'
import { printTable, type Measurement } from './lib/measure'
import { BENCH_FUNCTIONS } from './lib/bench-cloudbase'
import { contentAdminSuite } from './suites/content-admin'
import { dreamPlanSuite } from './suites/dream-plan'
import { importSuite } from './suites/import'
import { wechatSyncSuite } from './suites/wechat-sync'
import { h5Suite } from './suites/h5'
import { newsSuite } from './suites/news'
import { placesSuite } from './suites/places'
import { reviewSuite } from './suites/review'
import { transactionsSuite } from './suites/transactions'

/** A suite measures, then judges its own targets. */
export interface SuiteResult {
  measurements: Measurement[]
  targets: { name: string; met: boolean; detail: string }[]
  notes?: Record<string, unknown>
}

const SUITES: Record<string, () => Promise<SuiteResult>> = {
  news: newsSuite,
  places: placesSuite,
  'dream-plan': dreamPlanSuite,
  review: reviewSuite,
  transactions: transactionsSuite,
  import: importAndSync,
  'wechat-sync': wechatSyncSuite,
  h5: h5Suite,
  'content-admin': contentAdminSuite
}

/** Issue 17's targets together: pages through the importer, then the 公众号 sync. */
async function importAndSync(): Promise<SuiteResult> {
  const pages = await importSuite()
  const sync = await wechatSyncSuite()
  return { measurements: [...pages.measurements, ...sync.measurements], targets: [...pages.targets, ...sync.targets], notes: { import: pages.notes, wechatSync: sync.notes } }
}

async function main() {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'))
  const names = wanted.length ? wanted : Object.keys(SUITES)
  await buildFunctions(BENCH_FUNCTIONS)
  const outDir = path.join(__dirname, 'results')
  mkdirSync(outDir, { recursive: true })
  let allMet = true
  for (const name of names) {
    const suite = SUITES[name]
    if (!suite) throw new Error(`unknown suite ${name}; known: ${Object.keys(SUITES).join(', ')}`)
    console.log(`\n== ${name} ==`)
    const result = await suite()
    printTable(result.measurements)
    for (const t of result.targets) {
      console.log(`${t.met ? 'MET ' : 'MISS'}  ${t.name}: ${t.detail}`)
      allMet &&= t.met
    }
    writeFileSync(path.join(outDir, `${name}.json`), JSON.stringify({ suite: name, at: new Date().toISOString(), node: process.version, ...result }, null, 2) + '\n')
  }
  console.log(`\n${allMet ? 'All targets met.' : 'Some targets missed (see MISS lines).'} Results in bench/results/.`)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
