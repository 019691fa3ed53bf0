// Reading offline: the articles a worker opened or saw on the first page of a channel, kept on the
// device with their images, so they read in lifts and car parks. The last MAX_ARTICLES articles
// are kept, favourites always; the oldest go first, also when the byte budget is reached. The
// platform's storage is behind OfflineBackend (weapp: storage + file system; H5: the Cache API),
// so this logic is the same on both and is tested with a backend in memory.
import type { ArticleDetail, ArticleSummary } from '@contracts/content/article'

/** Where entries and images live. Keys are short ASCII names. */
export interface OfflineBackend {
  read<T>(key: string): Promise<T | null>
  /** Resolves to the bytes written, or null when the platform refused (too large, storage full). */
  write(key: string, value: unknown): Promise<number | null>
  remove(key: string): Promise<void>
  /** Downloads an image to the device; null when it cannot be kept. */
  saveImage(url: string): Promise<{ local: string; bytes: number } | null>
  /** What an <Image> can show for a kept image (a file path, an object URL). */
  showImage(local: string): Promise<string | null>
  dropImage(local: string): Promise<void>
}

/** One kept article. `at` is when it was last saved (ms). */
export interface OfflineEntry {
  id: string
  at: number
  favourite: boolean
  /** The article and its images, as stored. */
  bytes: number
  imageBytes: number
  /** Image URL → its kept copy. */
  images: Record<string, string>
}

/** A channel's first page as last fetched. */
export interface OfflineList {
  items: ArticleSummary[]
  at: number
}

export const MAX_ARTICLES = 30
/** Within WeChat's 10 MB a mini-program may store (1 MB a key), leaving room for the rest of the app. */
export const MAX_BYTES = 8 * 1024 * 1024
const INDEX = 'index'
const articleKey = (id: string) => `a.${id}`
const listKey = (channel: string) => `l.${encodeURIComponent(channel)}`

/** Which entries to drop: oldest first, never a favourite, until both limits hold. */
export function entriesToEvict(entries: OfflineEntry[], maxArticles = MAX_ARTICLES, maxBytes = MAX_BYTES): OfflineEntry[] {
  let count = entries.filter((e) => !e.favourite).length
  let bytes = entries.reduce((sum, e) => sum + e.bytes, 0)
  const drop: OfflineEntry[] = []
  for (const e of [...entries].sort((a, b) => a.at - b.at)) {
    if (count <= maxArticles && bytes <= maxBytes) break
    if (e.favourite) continue
    drop.push(e)
    count--
    bytes -= e.bytes
  }
  return drop
}

const imageUrls = (a: ArticleDetail) => [...(a.cover ? [a.cover] : []), ...a.blocks.flatMap((b) => (b.type === 'image' && b.src ? [b.src] : []))]

/** The offline store over one backend. */
export function createOfflineStore(backend: OfflineBackend, { maxArticles = MAX_ARTICLES, maxBytes = MAX_BYTES, now = Date.now } = {}) {
  // One change of the index at a time: prefetches run side by side.
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job)
    queue = run.catch(() => undefined)
    return run
  }
  // Promise chains rather than async where it reads as well: async compiles large for the mini-program.
  const entries = () => backend.read<OfflineEntry[]>(INDEX).then((list) => list ?? [])
  const drop = (e: OfflineEntry) => Promise.all([backend.remove(articleKey(e.id)), ...Object.values(e.images).map((local) => backend.dropImage(local))])

  return {
    /** Keeps (or refreshes) an article and its images; the oldest go when over the limits. */
    saveArticle: (article: ArticleDetail) =>
      serial(async () => {
        const list = await entries()
        const old = list.find((e) => e.id === article.id)
        const images: Record<string, string> = { ...(old?.images ?? {}) }
        let imageBytes = old?.imageBytes ?? 0
        for (const url of imageUrls(article)) {
          if (images[url]) continue
          const kept = await backend.saveImage(url).catch(() => null)
          if (kept) {
            images[url] = kept.local
            imageBytes += kept.bytes
          }
        }
        const written = await backend.write(articleKey(article.id), article)
        if (written === null) return false
        const entry: OfflineEntry = { id: article.id, at: now(), favourite: article.favourited, bytes: written + imageBytes, imageBytes, images }
        const next = [...list.filter((e) => e.id !== article.id), entry]
        const evicted = entriesToEvict(next, maxArticles, maxBytes)
        for (const e of evicted) await drop(e)
        await backend.write(INDEX, next.filter((e) => !evicted.includes(e)))
        return !evicted.includes(entry)
      }),

    /** A kept article with its images pointing at their kept copies, and when it was saved. */
    readArticle: async (id: string): Promise<{ article: ArticleDetail; savedAt: number } | null> => {
      const entry = (await entries()).find((e) => e.id === id)
      const article = entry ? await backend.read<ArticleDetail>(articleKey(id)) : null
      if (!entry || !article) return null
      const local = async (url?: string) => (url && entry.images[url] ? ((await backend.showImage(entry.images[url])) ?? url) : url)
      const blocks = await Promise.all(article.blocks.map(async (b) => (b.type === 'image' && b.src ? { ...b, src: await local(b.src) } : b)))
      return { article: { ...article, cover: await local(article.cover), blocks }, savedAt: entry.at }
    },

    has: (id: string) => entries().then((list) => list.some((e) => e.id === id)),

    /** Favourites are kept whatever the limits; un-favourited they age like the rest. */
    setFavourite: (id: string, favourite: boolean) =>
      serial(() => entries().then((list) => (list.some((e) => e.id === id) ? backend.write(INDEX, list.map((e) => (e.id === id ? { ...e, favourite } : e))) : null))),

    saveList: (channel: string, items: ArticleSummary[]) => backend.write(listKey(channel), { items, at: now() } satisfies OfflineList),
    readList: (channel: string) => backend.read<OfflineList>(listKey(channel))
  }
}

export type OfflineStore = ReturnType<typeof createOfflineStore>
