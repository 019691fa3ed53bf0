// get: an item with its working copy and its revisions. Content that predates content management
// (imported articles, seeded places, the year's policy) is adopted on first open: it becomes an
// item whose live revision 1 is what readers see now.
import { getInput } from '../../../contracts/content-admin/actions'
import type { ContentDetail, ContentItemDoc, ContentKind, RevisionDoc } from '../../../contracts/content-admin/words'
import { appError } from '../../../contracts/errors'
import { isDuplicateKey } from '../../_shared/db-errors'
import { ok } from '../../_shared/handler'
import type { StaffCaller } from '../../_shared/staff-access'
import { auditContent } from '../../_shared/content-admin/audit-content'
import { findItem, firstRevisionItem, items, keepRevision, revisionId, revisions, toRow } from '../../_shared/content-admin/items'
import { KINDS } from '../../_shared/content-admin/kinds'
import { contentAction, READERS } from '../content-action'
import { fileUrls } from '../../_shared/file-urls'

/** The fileIDs a working copy uses. */
function filesIn(body: object): string[] {
  const b = body as { cover?: string; blocks?: { fileID?: string }[] }
  return [...(b.cover ? [b.cover] : []), ...(b.blocks ?? []).flatMap((x) => (x.fileID ? [x.fileID] : []))]
}

async function adopt(id: string, kind: ContentKind, caller: StaffCaller, now: Date): Promise<ContentItemDoc | null> {
  const body = await KINDS[kind].readLive(id)
  if (!body) return null
  const at = now.toISOString()
  const doc = firstRevisionItem({ id, kind, title: KINDS[kind].title(body), body, by: caller.openid, at, live: true })
  try {
    await items().add(doc)
    await keepRevision({ _id: revisionId(id, 1), itemId: id, n: 1, body, editors: [], savedAt: at, publishedAt: at, publishedBy: 'adopted' })
    await auditContent(caller, 'save', { id, kind, title: doc.title }, null, doc, now, { detail: { adopted: true } })
    return doc
  } catch (err) {
    if (!isDuplicateKey(err)) throw err
    return findItem(id)
  }
}

export const get = contentAction({
  roles: READERS,
  input: getInput,
  run: async ({ id, kind }, { caller, now }) => {
    const item = (await findItem(id)) ?? (kind ? await adopt(id, kind, caller, now) : null)
    if (!item) return appError('CONTENT_NOT_FOUND')
    const { data } = await revisions().where({ itemId: id }).orderBy('n', 'desc').limit(100).field({ body: false }).get()
    const detail: ContentDetail = {
      ...toRow(item),
      body: item.body,
      editors: item.editors,
      liveRevision: item.liveRevision,
      everPublished: item.everPublished,
      fileUrls: await fileUrls(filesIn(item.body)),
      revisions: (data as Omit<RevisionDoc, 'body'>[]).map((r) => ({ n: r.n, savedAt: r.savedAt, editors: r.editors, ...(r.publishedAt ? { publishedAt: r.publishedAt, publishedBy: r.publishedBy } : {}) }))
    }
    return ok(detail)
  }
})
