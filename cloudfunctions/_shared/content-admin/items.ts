// The `contentItems` and `contentRevisions` collections: reading an item, the conditional update
// every change goes through (one winner per version), and the rows staff lists show.
import { CONTENT_ADMIN_COLLECTIONS, type ContentItemDoc, type ContentKind, type ContentRow, type RevisionDoc } from '../../../contracts/content-admin/words'
import { appError } from '../../../contracts/errors'
import type { Envelope } from '../../../contracts/envelope'
import { database } from '../cloudbase'

export function items() {
  return database().collection(CONTENT_ADMIN_COLLECTIONS.items)
}

export function revisions() {
  return database().collection(CONTENT_ADMIN_COLLECTIONS.revisions)
}

export function revisionId(itemId: string, n: number): string {
  return `${itemId}:${n}`
}

/**
 * A new item at its first revision, written by `by`: a draft of theirs, or (adopting content that
 * readers already see) live at revision 1 with no editor.
 */
export function firstRevisionItem(fields: { id: string; kind: ContentKind; title: string; body: ContentItemDoc['body']; by: string; at: string; live: boolean }): ContentItemDoc {
  const { id, kind, title, body, by, at, live } = fields
  return {
    _id: id,
    kind,
    state: live ? 'published' : 'draft',
    version: 1,
    title,
    body,
    revision: 1,
    editors: live ? [] : [by],
    liveRevision: live ? 1 : null,
    everPublished: live,
    createdAt: at,
    createdBy: by,
    updatedAt: at,
    updatedBy: by
  }
}

export async function findItem(id: string): Promise<ContentItemDoc | null> {
  const { data } = await items().where({ _id: id }).limit(1).get()
  return (data[0] as ContentItemDoc | undefined) ?? null
}

/** The item, or the reply that refuses the call: 404 when missing, 409 when the caller's version is stale. */
export async function itemAt(id: string, version: number): Promise<{ item: ContentItemDoc } | { error: Envelope<never> }> {
  const item = await findItem(id)
  if (!item) return { error: appError('CONTENT_NOT_FOUND') }
  if (item.version !== version) return { error: appError('CONTENT_CONFLICT') }
  return { item }
}

/**
 * Applies `change` only if the item is still at `version` (and adds one to it). False when someone
 * changed it first: nothing was written.
 */
export async function updateAt(id: string, version: number, change: Record<string, unknown>): Promise<boolean> {
  const res = (await items()
    .where({ _id: id, version })
    .update({ ...change, version: version + 1 })) as { updated?: number }
  return (res.updated ?? 0) > 0
}

export function toRow(doc: ContentItemDoc): ContentRow {
  return {
    id: doc._id,
    kind: doc.kind,
    state: doc.state,
    title: doc.title,
    version: doc.version,
    revision: doc.revision,
    live: doc.liveRevision !== null && doc.state !== 'withdrawn',
    updatedAt: doc.updatedAt,
    updatedBy: doc.updatedBy,
    ...(doc.publishAt ? { publishAt: doc.publishAt } : {}),
    ...(doc.returnReason ? { returnReason: doc.returnReason } : {}),
    ...(doc.withdrawReason ? { withdrawReason: doc.withdrawReason } : {}),
    ...(doc.pin ? { pin: doc.pin } : {})
  }
}

/** Writes (or rewrites, identically) the frozen copy of a revision. */
export async function keepRevision(doc: RevisionDoc): Promise<void> {
  const { _id, ...rest } = doc
  await revisions().doc(_id).set(rest)
}
