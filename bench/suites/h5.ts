// The H5 site as a phone gets it: Lighthouse (mobile: a mid-range phone on slow 4G, simulated) on
// home, an article, 服务 and the 圆梦计划 intro, served by the local CloudBase exactly as `npm start`
// serves them (compressed, cached), three runs each after a warm-up load, the median run by
// performance score reported.
// Debian's Chromium (CHROMIUM_PATH overrides), never a downloaded browser.
import type { SuiteResult } from '../run'
import { buildIfStale } from '../../scripts/taro-build'
import { H5_OUT } from '../../scripts/paths'
import { BENCH_PAGES, medianRun, serveH5, startLighthouse, type PageRun } from '../lib/h5-lighthouse'

const RUNS = Number(process.env.BENCH_H5_RUNS || 3)

/** The budgets of issue 16. */
export const H5_BUDGETS = { performance: 95, lcpMs: 2000, cls: 0.02, homeScriptKb: 130, accessibility: 100 }

export async function h5Suite(): Promise<SuiteResult> {
  await buildIfStale('h5')
  const site = await serveH5(H5_OUT)
  const lighthouse = await startLighthouse()
  try {
    const results: Record<string, PageRun & { runs: PageRun[] }> = {}
    for (const [name, pathname] of BENCH_PAGES) {
      // One load first, not counted: on a fresh local CloudBase the page's first calls start their
      // functions' instances (0.6–1.2 s each here), which a union app in daily use has running.
      await lighthouse.run(site.resolve(pathname))
      const runs: PageRun[] = []
      for (let i = 0; i < RUNS; i++) runs.push(await lighthouse.run(site.resolve(pathname)))
      results[name] = { ...medianRun(runs), runs }
    }

    console.log('page               perf  a11y   LCP ms    CLS   TBT ms  JS KB (compressed)')
    for (const [name, r] of Object.entries(results)) {
      console.log(`${name.padEnd(18)} ${String(r.performance).padStart(4)}  ${String(r.accessibility).padStart(4)}  ${String(r.lcpMs).padStart(7)}  ${r.cls.toFixed(3).padStart(5)}  ${String(r.tbtMs).padStart(7)}  ${String(r.scriptKb).padStart(6)}`)
    }
    const all = Object.entries(results)
    const every = (ok: (r: PageRun) => boolean, show: (r: PageRun) => string) => ({ met: all.every(([, r]) => ok(r)), detail: all.map(([n, r]) => `${n} ${show(r)}`).join(', ') })
    return {
      measurements: [],
      targets: [
        { name: `performance ≥ ${H5_BUDGETS.performance} (median of ${RUNS})`, ...every((r) => r.performance >= H5_BUDGETS.performance, (r) => String(r.performance)) },
        { name: `LCP ≤ ${H5_BUDGETS.lcpMs} ms`, ...every((r) => r.lcpMs <= H5_BUDGETS.lcpMs, (r) => `${r.lcpMs} ms`) },
        { name: `CLS ≤ ${H5_BUDGETS.cls}`, ...every((r) => r.cls <= H5_BUDGETS.cls, (r) => r.cls.toFixed(3)) },
        { name: `accessibility ${H5_BUDGETS.accessibility}`, ...every((r) => r.accessibility >= H5_BUDGETS.accessibility, (r) => String(r.accessibility)) },
        { name: `home JS ≤ ${H5_BUDGETS.homeScriptKb} KB compressed`, met: results.home.scriptKb <= H5_BUDGETS.homeScriptKb, detail: `${results.home.scriptKb} KB` }
      ],
      notes: { results, tbtMs: Object.fromEntries(all.map(([n, r]) => [n, r.tbtMs])) }
    }
  } finally {
    await lighthouse.close()
    await site.stop()
  }
}
