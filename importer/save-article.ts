// Writes one parsed article through the CloudBase SDK: a page seen before (same sourceKey) is
// updated in place, a new one is added. One document per page, so a page lands whole or not at all.
// The importer owns what the page says (and the search terms made from it); readers' counts and
// the editors' pinning belong to the app and survive every re-import. After each save the
// channel's row in `channels` is brought up to date.
import type { ArticleDoc, ArticleInput } from '../contracts/content/article'
import { useCloudbase } from '../cloudfunctions/_shared/cloudbase'
import { refreshChannelCounts } from '../cloudfunctions/_shared/content-admin/channels'
import { articleSearchTerms } from '../contracts/content/search-terms'
import { isDuplicateKey } from '../cloudfunctions/_shared/db-errors'
import type { SdkApp } from '../cloudfunctions/_shared/sdk-app'

export { isDuplicateKey }

/** What happened to one page. */
export type SaveOutcome = 'imported' | 'updated' | 'unchanged'

const ARTICLES = 'articles'

/** Fields of a stored article that the page does not determine. `pinnedRank` is kept unless the input sets it. */
const NOT_FROM_PAGE = ['_id', 'createdAt', 'updatedAt', 'viewCount', 'shareCount'] as const

/**
 * Saves one article. With `touched`, the channels it affects are collected there instead of being
 * recounted now: a batch import recounts each channel once at the end (see import-files.ts).
 */
export async function saveArticle(app: SdkApp, article: ArticleInput, now = new Date(), touched?: Set<string>): Promise<{ outcome: SaveOutcome; id: string }> {
  const refresh = async (names: string[]) => (touched ? names.forEach((n) => touched.add(n)) : refreshChannels(app, names))
  const db = app.database()
  const coll = db.collection(ARTICLES)
  // JSON round trip: what the database would store (no undefined fields), so comparisons are fair.
  const next = JSON.parse(JSON.stringify({ ...article, searchTerms: articleSearchTerms(article) })) as Omit<ArticleDoc, '_id' | 'createdAt' | 'updatedAt'>
  const existing = (await coll.where({ sourceKey: article.sourceKey }).limit(1).get()).data[0] as ArticleDoc | undefined
  if (!existing) {
    try {
      const res = await coll.add({ ...next, createdAt: now.toISOString(), updatedAt: now.toISOString() })
      await refresh([article.channel])
      return { outcome: 'imported', id: (res as { id: string }).id }
    } catch (err) {
      // Another importer added the same page between our read and write: update theirs instead.
      if (!isDuplicateKey(err)) throw err
      return saveArticle(app, article, now, touched)
    }
  }

  const kept = new Set<string>([...NOT_FROM_PAGE, ...(article.pinnedRank === undefined ? ['pinnedRank'] : [])])
  const stored = Object.fromEntries(Object.entries(existing).filter(([k]) => !kept.has(k)))
  if (sameContent(stored, next)) {
    // Nothing to write for the article; the channel row is only written if it is missing or off.
    await refresh([article.channel])
    return { outcome: 'unchanged', id: existing._id }
  }
  // A field-by-field update, not a replacement: a view or share counted meanwhile is not lost.
  const _ = db.command
  const dropped = Object.keys(stored).filter((k) => !(k in next))
  await coll.doc(existing._id).update({ ...next, updatedAt: now.toISOString(), ...Object.fromEntries(dropped.map((k) => [k, _.remove()])) })
  await refresh([...new Set([article.channel, existing.channel])])
  return { outcome: 'updated', id: existing._id }
}

/**
 * Recounts each channel's articles (counting, rather than adding one, stays right when imports run
 * side by side or a page moves between channels). A channel's first article creates its row; a row
 * that exists keeps what a publisher set (order, share image, 自动发布/需审核). A channel left empty
 * loses its row only if no publisher made it. The same rule as content management's own recount.
 */
export async function refreshChannels(app: SdkApp, names: string[]): Promise<void> {
  useCloudbase(app)
  await refreshChannelCounts(names)
}

function sameContent(stored: object, next: object): boolean {
  return JSON.stringify(sortKeys(stored)) === JSON.stringify(sortKeys(next))
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sortKeys(v)]))
  }
  return value
}
