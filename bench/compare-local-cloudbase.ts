// `npm run bench:compare -- <other checkout>`: is this checkout's local CloudBase slower than another
// one's (an older commit, say) at single-document work? Both run in this one process with the same
// 100,000 articles, and their calls alternate in rounds, so a busy machine slows both alike and the
// ratio means something even where absolute numbers do not. Each side uses its own local-cloudbase/
// and its own build/bench-functions (run `npm run bench -- news` there once to build them).
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildFunctions } from '../scripts/build-functions'
import { ROOT } from '../scripts/paths'
import { BENCH_FUNCTIONS } from './lib/bench-cloudbase'
import { generateArticles } from './suites/news-data'

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20)
const CALLS_PER_ROUND = 50

type Side = { name: string; url: string; sdk: any; stop: () => Promise<void> }

/** A local CloudBase from `root`'s own code and function build, on a fresh data directory. */
async function startSide(name: string, root: string): Promise<Side> {
  const functionsDir = path.join(root, 'build', 'bench-functions')
  if (!existsSync(functionsDir)) throw new Error(`${functionsDir} is missing: run \`npm run bench -- news\` in ${root} once`)
  const { startLocalCloudbase, DEFAULT_ENV_ID } = await import(path.join(root, 'local-cloudbase', 'index.ts'))
  const { connectLocalSdk } = await import(path.join(root, 'local-cloudbase', 'sdk-client.ts'))
  const { statusOf } = await import(path.join(root, 'contracts', 'errors.ts'))
  const { CLOUDBASERC } = await import(path.join(root, 'scripts', 'paths.ts'))
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `futian-compare-${name}-`))
  const local = await startLocalCloudbase({ statusOf, dataDir, functionsDir, cloudbaserc: CLOUDBASERC, port: 0, log: () => {} })
  return {
    name,
    url: local.url,
    sdk: connectLocalSdk(local.url, DEFAULT_ENV_ID),
    stop: async () => {
      await local.stop()
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
}

const callFunction = (side: Side, body: object) =>
  fetch(`${side.url}/api/content`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json())

function operations(ids: string[]): Record<string, (side: Side, i: number) => Promise<unknown>> {
  const articles = (side: Side) => side.sdk.database().collection('articles')
  return {
    'doc().get': (s, i) => articles(s).doc(ids[(i * 7919) % ids.length]).get(),
    'doc().update': (s, i) => articles(s).doc(ids[(i * 104729) % ids.length]).update({ viewCount: s.sdk.database().command.inc(1) }),
    add: (s, i) => s.sdk.database().collection('compareAdds').add({ n: i, at: new Date() }),
    'where page 1': (s) => articles(s).where({ channel: '工会动态' }).orderBy('publishedAt', 'desc').limit(20).get(),
    'getArticle (fn)': (s, i) => callFunction(s, { action: 'getArticle', id: ids[(i * 31) % ids.length] }),
    'listArticles (fn)': (s) => callFunction(s, { action: 'listArticles', channel: '工会动态' })
  }
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]

async function main() {
  const other = process.argv[2] && path.resolve(process.argv[2])
  if (!other || !existsSync(path.join(other, 'local-cloudbase'))) throw new Error('usage: npm run bench:compare -- <path of another checkout of this project>')
  await buildFunctions(BENCH_FUNCTIONS)
  const docs = generateArticles(ARTICLES)
  const sides = [await startSide('other', other), await startSide('this', ROOT)]
  try {
    for (const side of sides) for (let i = 0; i < docs.length; i += 1000) await side.sdk.database().collection('articles').add(docs.slice(i, i + 1000))
    const ops = operations(docs.map((d) => d._id as string))
    const latencies = new Map<string, number[]>()
    let call = 0
    for (let round = 0; round < ROUNDS; round++) {
      for (const [op, run] of Object.entries(ops)) {
        // Who goes first alternates, so neither side always meets a warm or a cold cache.
        for (const side of round % 2 ? [...sides].reverse() : sides) {
          for (let j = 0; j < CALLS_PER_ROUND; j++) {
            const t = performance.now()
            await run(side, call++)
            const key = `${op}|${side.name}`
            latencies.set(key, [...(latencies.get(key) ?? []), performance.now() - t])
          }
        }
      }
    }
    console.log(`${ARTICLES} articles each; ${ROUNDS * CALLS_PER_ROUND} calls per operation per side, alternating\n`)
    console.log(`${'operation'.padEnd(20)}${'other p50'.padStart(10)}${'this p50'.padStart(10)}${'other p99'.padStart(11)}${'this p99'.padStart(10)}${'this/other p50'.padStart(16)}`)
    for (const op of Object.keys(ops)) {
      const [a, b] = [latencies.get(`${op}|other`)!, latencies.get(`${op}|this`)!]
      const cells = [percentile(a, 0.5), percentile(b, 0.5), percentile(a, 0.99), percentile(b, 0.99)].map((v) => v.toFixed(2))
      console.log(`${op.padEnd(20)}${cells[0].padStart(10)}${cells[1].padStart(10)}${cells[2].padStart(11)}${cells[3].padStart(10)}${(percentile(b, 0.5) / percentile(a, 0.5)).toFixed(2).padStart(16)}`)
    }
  } finally {
    for (const side of sides) await side.stop()
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err instanceof Error ? err.message : err)
    process.exit(1)
  }
)
