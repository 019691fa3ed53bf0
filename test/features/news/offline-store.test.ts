// The offline store's rules (src/features/news/offline/offline-store.ts) over a backend kept in
// memory that behaves like the platforms' (refuses an entry over its per-key limit, counts bytes):
// the last 30 articles are kept, favourites always, the oldest go first — by count and by bytes —
// and an evicted article takes its images with it. The real backends are exercised by
// test/browser/offline.test.ts (H5, Cache API, Chromium offline).
import type { ArticleDetail } from '../../../contracts/content/article'
import { createOfflineStore, entriesToEvict, MAX_ARTICLES, type OfflineBackend, type OfflineEntry } from '../../../src/features/news/offline/offline-store'

function memoryBackend({ maxEntryBytes = 1024 * 1024 } = {}) {
  const entries = new Map<string, string>()
  const images = new Map<string, number>()
  const backend: OfflineBackend = {
    read: async (key) => (entries.has(key) ? JSON.parse(entries.get(key)!) : null),
    write: async (key, value) => {
      const json = JSON.stringify(value)
      if (json.length > maxEntryBytes) return null
      entries.set(key, json)
      return json.length
    },
    remove: async (key) => void entries.delete(key),
    saveImage: async (url) => {
      if (url.includes('broken')) return null
      const local = `file://${url.split('/').pop()}`
      images.set(local, 1000)
      return { local, bytes: 1000 }
    },
    showImage: async (local) => (images.has(local) ? `shown:${local}` : null),
    dropImage: async (local) => void images.delete(local)
  }
  return { backend, entries, images }
}

let seq = 0
function article(overrides: Partial<ArticleDetail> = {}): ArticleDetail {
  seq++
  return {
    id: `a${seq}`,
    title: `文章 ${seq}`,
    channel: '工会动态',
    publishedAt: '2026-01-01T00:00:00.000Z',
    summary: '摘要',
    source: '福田区总工会',
    blocks: [{ type: 'paragraph', text: `第 ${seq} 篇的正文` }, { type: 'image', src: `https://img.example/${seq}.png`, caption: '图' }],
    attachments: [],
    viewCount: 1,
    shareCount: 0,
    favourited: false,
    ...overrides
  }
}

function clock() {
  let t = 1_000
  return { now: () => (t += 1000) }
}

test('keeps the last 30, evicting the oldest first, with their images', async () => {
  const { backend, images } = memoryBackend()
  const store = createOfflineStore(backend, clock())
  const saved = Array.from({ length: 35 }, () => article())
  for (const a of saved) await store.saveArticle(a)
  for (const a of saved.slice(0, 5)) expect(await store.readArticle(a.id)).toBeNull()
  for (const a of saved.slice(5)) expect((await store.readArticle(a.id))?.article.title).toBe(a.title)
  expect(images.size).toBe(MAX_ARTICLES)
})

test('opening an old article again makes it recent', async () => {
  const { backend } = memoryBackend()
  const store = createOfflineStore(backend, { ...clock(), maxArticles: 3 })
  const [a, b, c, d] = [article(), article(), article(), article()]
  for (const x of [a, b, c]) await store.saveArticle(x)
  await store.saveArticle(a)
  await store.saveArticle(d)
  expect(await store.has(b.id)).toBe(false)
  expect(await store.has(a.id)).toBe(true)
})

test('favourites are always kept, and age like the rest once un-favourited', async () => {
  const { backend } = memoryBackend()
  const store = createOfflineStore(backend, { ...clock(), maxArticles: 2 })
  const fav = article({ favourited: true })
  await store.saveArticle(fav)
  const later = [article(), article(), article(), article()]
  for (const x of later) await store.saveArticle(x)
  expect(await store.has(fav.id)).toBe(true)
  expect(await store.has(later[1].id)).toBe(false)
  await store.setFavourite(fav.id, false)
  await store.saveArticle(article())
  expect(await store.has(fav.id)).toBe(false)
})

test('the byte budget evicts the oldest too; an entry over the per-key limit is not kept', async () => {
  const { backend } = memoryBackend({ maxEntryBytes: 4000 })
  const store = createOfflineStore(backend, { ...clock(), maxBytes: 5000 })
  const [a, b, c] = [article(), article(), article()]
  for (const x of [a, b, c]) await store.saveArticle(x)
  // Each is ~300 bytes of JSON + a 1000-byte image: three do not fit in 5000 with the fourth.
  const huge = article({ blocks: [{ type: 'paragraph', text: '字'.repeat(5000) }] })
  expect(await store.saveArticle(huge)).toBe(false)
  expect(await store.has(huge.id)).toBe(false)
  const d = article()
  await store.saveArticle(d)
  expect(await store.has(a.id)).toBe(false)
  expect(await store.has(d.id)).toBe(true)
})

test('a kept article shows its kept images; an image that could not be kept keeps its address', async () => {
  const { backend } = memoryBackend()
  const store = createOfflineStore(backend, clock())
  const a = article({ cover: 'https://img.example/cover.png', blocks: [{ type: 'image', src: 'https://img.example/ok.png' }, { type: 'image', src: 'https://img.example/broken.png' }] })
  await store.saveArticle(a)
  const kept = await store.readArticle(a.id)
  expect(kept?.article.cover).toBe('shown:file://cover.png')
  expect(kept?.article.blocks).toEqual([{ type: 'image', src: 'shown:file://ok.png' }, { type: 'image', src: 'https://img.example/broken.png' }])
})

test('saves side by side do not lose each other (one index change at a time)', async () => {
  const { backend } = memoryBackend()
  const store = createOfflineStore(backend, clock())
  const many = Array.from({ length: 12 }, () => article())
  await Promise.all(many.map((a) => store.saveArticle(a)))
  for (const a of many) expect(await store.has(a.id)).toBe(true)
})

test('a channel\'s first page is kept with when it was saved', async () => {
  const { backend } = memoryBackend()
  const store = createOfflineStore(backend, { now: () => 42 })
  await store.saveList('通知公告', [{ id: 'x', title: 't', channel: '通知公告', publishedAt: '2026-01-01T00:00:00.000Z', summary: 's' }])
  expect(await store.readList('通知公告')).toEqual({ at: 42, items: [expect.objectContaining({ id: 'x' })] })
  expect(await store.readList('工会动态')).toBeNull()
})

test('entriesToEvict: oldest non-favourites first, none when within limits', () => {
  const e = (id: string, at: number, favourite = false, bytes = 10): OfflineEntry => ({ id, at, favourite, bytes, imageBytes: 0, images: {} })
  expect(entriesToEvict([e('a', 1), e('b', 2)], 2, 100)).toEqual([])
  expect(entriesToEvict([e('b', 2), e('a', 1, true), e('c', 3), e('d', 4)], 2, 100).map((x) => x.id)).toEqual(['b'])
  expect(entriesToEvict([e('a', 1, false, 60), e('b', 2, false, 60)], 30, 100).map((x) => x.id)).toEqual(['a'])
})
