// Lighthouse on the H5 site as `npm start` serves it (the local CloudBase: compressed, cached), with
// the demo content seeded. Shared by the h5 suite and the A/B comparison (bench/h5-ab.ts).
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { statusOf } from '../../contracts/errors'
import { seedDemoContent } from '../../database/seed/seed-demo-content'
import { DEFAULT_ENV_ID, startLocalCloudbase } from '../../local-cloudbase'
import { connectLocalSdk } from '../../local-cloudbase/sdk-client'
import { CLOUDBASERC } from '../../scripts/paths'
import { BENCH_FUNCTIONS } from './bench-cloudbase'
import { callGateway } from './gateway-client'

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export interface PageRun {
  performance: number
  accessibility: number
  lcpMs: number
  cls: number
  tbtMs: number
  /** Script bytes over the wire (compressed), KB. */
  scriptKb: number
}

/** The four pages of issue 16's budgets; `ARTICLE` stands for the newest 工会动态 article's id. */
export const BENCH_PAGES: [string, string][] = [
  ['home', '/pages/index/index'],
  ['article', '/pages/article/index?id=ARTICLE'],
  ['services', '/pages/services/index'],
  ['dream-plan intro', '/packages/dream-plan/pages/intro/index']
]

export interface H5Site {
  url: string
  /** A bench page's path with `ARTICLE` replaced by a real article id. */
  resolve(pathname: string): string
  stop(): Promise<void>
}

/** Serves `h5Dir` from a fresh local CloudBase with the demo content. */
export async function serveH5(h5Dir: string): Promise<H5Site> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'futian-bench-h5-'))
  const local = await startLocalCloudbase({ statusOf, dataDir, functionsDir: BENCH_FUNCTIONS, cloudbaserc: CLOUDBASERC, h5Dir, port: 0, log: () => {} })
  await seedDemoContent(connectLocalSdk(local.url, DEFAULT_ENV_ID))
  const list = await callGateway(local.url, 'content', { action: 'listArticles', channel: '工会动态', limit: 1 })
  const articleId: string = list.body.data.items[0].id
  return {
    url: local.url,
    resolve: (pathname) => local.url + pathname.replace('ARTICLE', encodeURIComponent(articleId)),
    async stop() {
      await local.stop()
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
}

export interface Lighthouse {
  run(url: string): Promise<PageRun>
  close(): Promise<void>
}

/** One headless Debian Chromium that Lighthouse (mobile, simulated slow 4G) drives, page after page. */
export async function startLighthouse(): Promise<Lighthouse> {
  const { default: lighthouse } = await import('lighthouse')
  const chromeLauncher = await import('chrome-launcher')
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] })
  return {
    async run(url) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] })
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
      const { categories, audits } = result.lhr
      const summary = (audits['resource-summary']?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined)?.items ?? []
      return {
        performance: Math.round((categories.performance.score ?? 0) * 100),
        accessibility: Math.round((categories.accessibility.score ?? 0) * 100),
        lcpMs: Math.round(audits['largest-contentful-paint'].numericValue ?? 0),
        cls: Number((audits['cumulative-layout-shift'].numericValue ?? 0).toFixed(3)),
        tbtMs: Math.round(audits['total-blocking-time'].numericValue ?? 0),
        scriptKb: Math.round((summary.find((r) => r.resourceType === 'script')?.transferSize ?? 0) / 1024)
      }
    },
    async close() {
      await chrome.kill()
    }
  }
}

/** The run with the median performance score. */
export const medianRun = (runs: PageRun[]) => [...runs].sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)]
