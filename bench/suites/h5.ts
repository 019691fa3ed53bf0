// The H5 site as a phone gets it: Lighthouse (mobile: a mid-range phone on slow 4G, simulated) on
// home, an article, 服务 and the 圆梦计划 intro, served by the local CloudBase exactly as `npm start`
// serves them (compressed, cached), three runs each, the median run by performance score reported.
// Debian's Chromium (CHROMIUM_PATH overrides), never a downloaded browser.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { SuiteResult } from '../run'
import { statusOf } from '../../contracts/errors'
import { seedDemoContent } from '../../database/seed/seed-demo-content'
import { DEFAULT_ENV_ID, startLocalCloudbase } from '../../local-cloudbase'
import { connectLocalSdk } from '../../local-cloudbase/sdk-client'
import { buildIfStale } from '../../scripts/taro-build'
import { CLOUDBASERC, H5_OUT, ROOT } from '../../scripts/paths'
import { callGateway } from '../lib/gateway-client'

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const RUNS = Number(process.env.BENCH_H5_RUNS || 3)

/** The budgets of issue 16. */
export const H5_BUDGETS = { performance: 95, lcpMs: 2000, cls: 0.02, homeScriptKb: 130, accessibility: 100 }

interface PageRun {
  performance: number
  accessibility: number
  lcpMs: number
  cls: number
  tbtMs: number
  /** Script bytes over the wire (compressed), KB. */
  scriptKb: number
}

const median = (runs: PageRun[]) => [...runs].sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)]

export async function h5Suite(): Promise<SuiteResult> {
  await buildIfStale('h5')
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'futian-bench-h5-'))
  const local = await startLocalCloudbase({ statusOf, dataDir, functionsDir: path.join(ROOT, 'build', 'bench-functions'), cloudbaserc: CLOUDBASERC, h5Dir: H5_OUT, port: 0, log: () => {} })
  const { default: lighthouse } = await import('lighthouse')
  const chromeLauncher = await import('chrome-launcher')
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] })
  try {
    await seedDemoContent(connectLocalSdk(local.url, DEFAULT_ENV_ID))
    const list = await callGateway(local.url, 'content', { action: 'listArticles', channel: '工会动态', limit: 1 })
    const articleId: string = list.body.data.items[0].id
    const pages: [string, string][] = [
      ['home', '/pages/index/index'],
      ['article', `/pages/article/index?id=${encodeURIComponent(articleId)}`],
      ['services', '/pages/services/index'],
      ['dream-plan intro', '/packages/dream-plan/pages/intro/index']
    ]
    const results: Record<string, PageRun & { runs: PageRun[] }> = {}
    for (const [name, pathname] of pages) {
      const runs: PageRun[] = []
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(local.url + pathname, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] })
        if (!result) throw new Error(`Lighthouse returned nothing for ${name}`)
        const { categories, audits } = result.lhr
        const summary = (audits['resource-summary']?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined)?.items ?? []
        runs.push({
          performance: Math.round((categories.performance.score ?? 0) * 100),
          accessibility: Math.round((categories.accessibility.score ?? 0) * 100),
          lcpMs: Math.round(audits['largest-contentful-paint'].numericValue ?? 0),
          cls: Number((audits['cumulative-layout-shift'].numericValue ?? 0).toFixed(3)),
          tbtMs: Math.round(audits['total-blocking-time'].numericValue ?? 0),
          scriptKb: Math.round((summary.find((r) => r.resourceType === 'script')?.transferSize ?? 0) / 1024)
        })
      }
      results[name] = { ...median(runs), runs }
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
    await chrome.kill()
    await local.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
