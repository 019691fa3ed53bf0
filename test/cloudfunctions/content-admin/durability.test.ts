// kill -9 of the server while 40 publishes are in flight, then a restart on the same data: every
// article is either live with all its index entries (search terms, channel, headline slot) or not
// live at all; every publish the server acknowledged is live; a publish cut off after its claim is
// finished by the next timer run; the channel's count matches the live articles.
import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { ArticleBody, ContentItemDoc } from '../../../contracts/content-admin/words'
import type { ArticleDoc } from '../../../contracts/content/article'
import { liveArticleFields } from '../../../cloudfunctions/_shared/content-admin/kinds/article'
import { DEFAULT_ENV_ID } from '../../../local-cloudbase'
import { connectLocalSdk } from '../../../local-cloudbase/sdk-client'
import { callGateway, type TestCloudbase } from '../../helpers/local-cloudbase'
import { killHard, spawnServer } from '../../helpers/spawn-server'
import { articleIn, callAdmin, fireContentTimer, inBatches, makeContentCrew, type Made } from './content-admin-kit'

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'futian-content-durable-'))
const children: ChildProcess[] = []
afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) await killHard(c)
  rmSync(dataDir, { recursive: true, force: true })
})

async function spawnContentServer(): Promise<{ cb: TestCloudbase; child: ChildProcess }> {
  const { url, child } = await spawnServer(dataDir)
  children.push(child)
  const cb = { url, dataDir, sdk: connectLocalSdk(url, DEFAULT_ENV_ID), call: (fn: string, body: unknown, openid?: string) => callGateway(url, fn, body, openid) }
  return { cb: cb as unknown as TestCloudbase, child }
}

async function all<T>(cb: TestCloudbase, collection: string, where: object = {}): Promise<T[]> {
  return (await cb.sdk.database().collection(collection).where(where).limit(1000).get()).data as T[]
}

const ITEMS = 40

test('after kill -9 mid-publishing, each article is live with its index entries or not at all', async () => {
  const first = await spawnContentServer()
  const crew = await makeContentCrew(first.cb)
  const made: Made[] = await inBatches(Array.from({ length: ITEMS }), 4, () => articleIn(first.cb, crew, 'pending'))

  const acknowledged = new Set<string>()
  const runs = made.map(async (m) => {
    try {
      const res = await callAdmin(first.cb, 'publish', { id: m.id, version: m.version }, crew.publisher)
      if (res.status === 200) acknowledged.add(m.id)
    } catch {
      // the connection died with the server
    }
  })
  const started = Date.now()
  while (acknowledged.size < ITEMS / 3 && Date.now() - started < 30_000) await new Promise((r) => setTimeout(r, 5))
  await killHard(first.child)
  await Promise.all(runs)
  expect(acknowledged.size).toBeGreaterThan(0)
  expect(acknowledged.size).toBeLessThan(ITEMS)

  const second = await spawnContentServer()
  const check = async (settled: boolean) => {
    const items = new Map((await all<ContentItemDoc>(second.cb, 'contentItems')).map((i) => [i._id, i]))
    const live = new Map((await all<ArticleDoc>(second.cb, 'articles')).map((a) => [a._id, a]))
    for (const m of made) {
      const item = items.get(m.id)!
      const article = live.get(m.id)
      if (article) {
        // Live: with every index entry its body calls for, from the one write.
        const want = liveArticleFields(m.id, item.body as ArticleBody, article.publishedAt)
        expect({ id: m.id, searchTerms: article.searchTerms, channel: article.channel, title: article.title }).toEqual({ id: m.id, searchTerms: want.searchTerms, channel: want.channel, title: want.title })
        expect({ id: m.id, state: item.state === 'published' || !!item.op }).toEqual({ id: m.id, state: true })
      } else {
        expect({ id: m.id, state: item.state }).toEqual({ id: m.id, state: 'pending' })
      }
      if (acknowledged.has(m.id)) expect({ id: m.id, live: !!article, state: item.state }).toEqual({ id: m.id, live: true, state: 'published' })
      if (settled) expect({ id: m.id, op: item.op }).toEqual({ id: m.id, op: undefined })
      if (settled && item.state === 'published') expect({ id: m.id, live: !!article }).toEqual({ id: m.id, live: true })
    }
    const channel = (await all<{ articleCount: number }>(second.cb, 'channels', { _id: '工会动态' }))[0]
    return { live: live.size, channelCount: channel?.articleCount ?? 0 }
  }
  await check(false)
  // The next timer run (a minute on) finishes what the crash cut off.
  await fireContentTimer(second.cb, new Date(Date.now() + 60_000))
  const after = await check(true)
  expect(after.channelCount).toBe(after.live)
}, 180_000)
