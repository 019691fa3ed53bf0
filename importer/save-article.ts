// Saves one parsed page through the content life cycle (cloudfunctions/_shared/content-admin/ingest.ts):
// a page seen before (same sourceKey) becomes a new revision of its item, a new one a new item.
// The importer owns what the page says; readers' counts and the editors' pinning belong to the app
// and survive every re-import. Also the channels' recount the import runs once at the end.
import type { ArticleInput } from '../contracts/content/article'
import { useCloudbase } from '../cloudfunctions/_shared/cloudbase'
import { refreshChannelCounts } from '../cloudfunctions/_shared/content-admin/channels'
import { IngestError, ingestArticle } from '../cloudfunctions/_shared/content-admin/ingest'
import { isDuplicateKey } from '../cloudfunctions/_shared/db-errors'
import type { SdkApp } from '../cloudfunctions/_shared/sdk-app'

export { isDuplicateKey }

/** What happened to one page. */
export type SaveOutcome = 'imported' | 'updated' | 'unchanged'

/**
 * Saves one imported page into content management: a revision written by the importer
 * (`system:import`), published at once or left in 待审核 as its channel says (ingest.ts). A page
 * staff are editing is refused with the reason (the import reports it as failed, writing nothing).
 */
export async function saveImported(app: SdkApp, article: ArticleInput, now = new Date()): Promise<{ outcome: SaveOutcome; id: string } | { outcome: 'failed'; reason: string }> {
  useCloudbase(app)
  try {
    const { outcome, id } = await ingestArticle(article, 'import', now)
    return { outcome, id }
  } catch (err) {
    if (err instanceof IngestError) return { outcome: 'failed', reason: err.message }
    throw err
  }
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
