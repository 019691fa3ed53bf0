// `npx tsx bench/h5-ab.ts <h5DirA> <h5DirB> [page…] [--runs N]`: Lighthouse on two H5 builds, run
// by run in turn (A, B, A, B…), each page's medians side by side. This machine's scores drift by up
// to ten points over minutes, so a change is judged against a build measured in the same minutes,
// never against an earlier number. Pages are names from BENCH_PAGES (home, article, services,
// "dream-plan intro"); all four by default. Copy build/h5 aside before building the other side.
import path from 'node:path'
import { buildFunctions } from '../scripts/build-functions'
import { BENCH_FUNCTIONS } from './lib/bench-cloudbase'
import { BENCH_PAGES, startLighthouse, serveH5, type PageRun } from './lib/h5-lighthouse'

const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function main() {
  const args = process.argv.slice(2)
  const runsAt = args.indexOf('--runs')
  const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 5
  const [dirA, dirB, ...names] = args
  if (!dirA || !dirB) throw new Error('usage: tsx bench/h5-ab.ts <h5DirA> <h5DirB> [page…] [--runs N]')
  const pages = names.length ? BENCH_PAGES.filter(([name]) => names.includes(name)) : BENCH_PAGES
  await buildFunctions(BENCH_FUNCTIONS)
  const sites = [await serveH5(path.resolve(dirA)), await serveH5(path.resolve(dirB))]
  const lighthouse = await startLighthouse()
  try {
    for (const [name, pathname] of pages) {
      const results: PageRun[][] = [[], []]
      // A warm-up load each, not counted, as in the h5 suite (it starts the page's function instances).
      for (const site of sites) await lighthouse.run(site.resolve(pathname))
      for (let i = 0; i < runs; i++) {
        for (const side of [0, 1]) {
          const run = await lighthouse.run(sites[side].resolve(pathname))
          results[side].push(run)
          console.log(`${name} ${side ? 'B' : 'A'} #${i + 1}: perf ${run.performance}  LCP ${run.lcpMs}  TBT ${run.tbtMs}  CLS ${run.cls}  JS ${run.scriptKb} KB`)
        }
      }
      const summary = (side: number) => {
        const r = results[side]
        return `perf ${middle(r.map((x) => x.performance))}  LCP ${middle(r.map((x) => x.lcpMs))}  TBT ${middle(r.map((x) => x.tbtMs))}  CLS ${middle(r.map((x) => x.cls))}`
      }
      console.log(`== ${name} (medians of ${runs})\n   A ${summary(0)}\n   B ${summary(1)}`)
    }
  } finally {
    await lighthouse.close()
    for (const site of sites) await site.stop()
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
