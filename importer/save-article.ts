// Writes one parsed article through the CloudBase SDK: a page seen before (same sourceKey) is
// updated in place, a new one is added. One document per page, so a page lands whole or not at all.
import type { ArticleDoc, ArticleInput } from '../contracts/content/article'
import type { SdkApp } from '../local-cloudbase/sdk-client'

/** What happened to one page. */
export type SaveOutcome = 'imported' | 'updated' | 'unchanged'

const ARTICLES = 'articles'

export async function saveArticle(app: SdkApp, article: ArticleInput, now = new Date()): Promise<{ outcome: SaveOutcome; id: string }> {
  const coll = app.database().collection(ARTICLES)
  const existing = (await coll.where({ sourceKey: article.sourceKey }).limit(1).get()).data[0] as ArticleDoc | undefined
  if (!existing) {
    try {
      const res = await coll.add({ ...article, createdAt: now.toISOString(), updatedAt: now.toISOString() })
      return { outcome: 'imported', id: (res as { id: string }).id }
    } catch (err) {
      // Another importer added the same page between our read and write: update theirs instead.
      if (!isDuplicateKey(err)) throw err
      return saveArticle(app, article, now)
    }
  }
  const { _id, createdAt, updatedAt, ...stored } = existing
  if (sameContent(stored, article)) return { outcome: 'unchanged', id: _id }
  await coll.doc(_id).set({ ...article, createdAt, updatedAt: now.toISOString() })
  return { outcome: 'updated', id: _id }
}

/** A unique-index violation as CloudBase (and the local CloudBase) reports it. */
export function isDuplicateKey(err: unknown): boolean {
  const e = err as { code?: string; message?: string }
  return e?.code === 'DATABASE_DUPLICATE_WRITE' || /E11000|duplicate key/i.test(e?.message ?? '')
}

function sameContent(stored: object, next: ArticleInput): boolean {
  return JSON.stringify(sortKeys(stored)) === JSON.stringify(sortKeys(JSON.parse(JSON.stringify(next))))
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sortKeys(v)]))
  }
  return value
}
