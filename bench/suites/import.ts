// `npm run import` at scale: 1,000 pages imported one after another as the command does — real
// page texts of the corpus (test/fixtures/pages, each under its own file name) and one in ten a
// saved HTML page whose two pictures and two attachments come from a local HTTP server on
// 127.0.0.1 and are copied into storage. Target (issue 17): 1,000 pages in ≤ 60 s.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { importFiles } from '../../importer/import-files'
import { parseArticlePage } from '../../importer/parse/parse-article-page'
import { ROOT } from '../../scripts/paths'
import { governmentPage } from '../../test/importer/html/html-pages'
import type { SuiteResult } from '../run'
import { startBenchCloudbase } from '../lib/bench-cloudbase'
import { measure, type Measurement } from '../lib/measure'

const PAGES = Number(process.env.BENCH_IMPORT_PAGES ?? 1_000)
const TARGET_SECONDS = 60
const CORPUS = path.join(ROOT, 'test', 'fixtures', 'pages')
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

export async function importSuite(): Promise<SuiteResult> {
  const texts = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(path.join(CORPUS, f), 'utf8'))
    .filter((text) => parseArticlePage(text, { sourceKey: 'probe' }).ok)

  const server = http.createServer((req, res) => {
    const n = /(\d+)/.exec(req.url ?? '')?.[1] ?? '0'
    // Each page's pictures differ (their bytes carry the page number), as real pages' do.
    const body = req.url?.endsWith('.png') ? Buffer.concat([PNG, Buffer.from(`page ${n} ${req.url}`)]) : Buffer.from(`%PDF-1.4 page ${n} ${req.url}`)
    res.writeHead(200, { 'content-type': req.url?.endsWith('.png') ? 'image/png' : 'application/pdf', 'content-length': body.length }).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const dir = mkdtempSync(path.join(os.tmpdir(), 'futian-bench-import-'))
  const files: string[] = []
  for (let i = 0; i < PAGES; i++) {
    if (i % 10 === 9) {
      const html = governmentPage({ base, img1: `${base}/p${i}/1.png`, img2: `${base}/p${i}/2.png`, pdf: `${base}/p${i}/report.pdf`, doc: `${base}/p${i}/list.pdf` })
      files.push(path.join(dir, `page-${i}.html`))
      writeFileSync(files[i], html.replace(/第六次代表大会胜利召开/g, `第六次代表大会胜利召开（${i}）`))
    } else {
      files.push(path.join(dir, `page-${i}.txt`))
      writeFileSync(files[i], texts[i % texts.length])
    }
  }

  const cb = await startBenchCloudbase()
  try {
    // The whole run as `npm run import -- <folder>` does it (its own 4 workers); per-page latency
    // is each page's time from its start to its result.
    const started = performance.now()
    const results = await importFiles(cb.sdk, files)
    const seconds = (performance.now() - started) / 1000
    const failed = results.filter((r) => r.outcome !== 'imported').length
    const m: Measurement = { name: `import ${files.length} pages (1 in 10 HTML with 4 files)`, concurrency: 4, calls: files.length, p50Ms: NaN, p99Ms: NaN, maxMs: NaN, throughputPerSec: Math.round((files.length / seconds) * 100) / 100, errors: failed }
    const rerun = await measure('re-import one page (unchanged)', 1, 200, async (i) => (await importFiles(cb.sdk, [files[i * 5]]))[0].outcome === 'unchanged')
    return {
      measurements: [m, rerun],
      targets: [{ name: `${PAGES} pages imported in ≤ ${TARGET_SECONDS} s`, met: seconds <= TARGET_SECONDS && failed === 0, detail: `${seconds.toFixed(1)} s, ${failed} failed` }],
      notes: { pages: PAGES, htmlPages: Math.floor(PAGES / 10), corpusTexts: texts.length, seconds: Math.round(seconds * 10) / 10 },
    }
  } finally {
    await cb.stop()
    await new Promise((resolve) => server.close(resolve))
    rmSync(dir, { recursive: true, force: true })
  }
}
