// Shared by the content function's tests: storing articles straight through the SDK, calling
// actions through the gateway, and a picture of the whole database to prove a call changed nothing.
import type { ContentActions } from '../../../contracts/content/actions'
import type { ArticleInput } from '../../../contracts/content/article'
import type { Envelope } from '../../../contracts/envelope'
import { makeArticle, type StoredArticle } from '../../helpers/article-factory'
import type { TestCloudbase } from '../../helpers/local-cloudbase'

/** An article as stored, with the id the database gave it. */
export type Stored = StoredArticle & { id: string }

/** Adds articles (made by `makeArticle` from each override) and returns them with their ids. */
export async function storeArticles(cb: TestCloudbase, overrides: Partial<ArticleInput>[]): Promise<Stored[]> {
  const out: Stored[] = []
  for (const o of overrides) {
    const doc = makeArticle(o)
    const { id } = (await cb.sdk.database().collection('articles').add(doc)) as { id: string }
    out.push({ ...doc, id })
  }
  return out
}

/** Calls one action of `content` as `openid` (anonymous when omitted). */
export function callContent<A extends keyof ContentActions>(
  cb: TestCloudbase,
  action: A,
  input: ContentActions[A]['input'] | Record<string, unknown>,
  openid?: string
): Promise<{ status: number; body: Envelope<ContentActions[A]['result']> }> {
  return cb.call<ContentActions[A]['result']>('content', { action, ...input }, openid)
}

/** The data of a successful reply; fails the test with the error otherwise. */
export function data<T>(res: { status: number; body: Envelope<T> }): T {
  if (!res.body.ok) throw new Error(`expected ok, got ${res.status} ${JSON.stringify(res.body.error)}`)
  return res.body.data
}

/** Every document of every collection, as JSON, to compare before and after a call. */
export function databasePicture(cb: TestCloudbase): string {
  const store = cb.local.store
  return JSON.stringify(store.collections().map((c) => [c, [...store.all(c)].sort((a, b) => String(a._id).localeCompare(String(b._id)))]))
}
