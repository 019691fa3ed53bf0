// One saved HTML page → one article: read it (html/read-html-page.ts), copy its pictures and files
// into cloud storage (rehost.ts), then save it like any imported page. Nothing is written unless
// every step succeeded; uploads of a failed page are deleted again.
import path from 'node:path'
import type { ArticleInput } from '../contracts/content/article'
import type { SdkApp } from '../local-cloudbase/sdk-client'
import { readHtmlPage } from './html/read-html-page'
import { summarize } from './parse/summary'
import { RehostError, rehostPage, removeUploaded } from './rehost'
import { saveImported } from './save-article'
import type { FileResult } from './import-files'

const DEFAULT_SOURCE = '福田区总工会'
const DEFAULT_CHANNEL = '工会动态'

export function isHtmlFile(file: string): boolean {
  return /\.html?$/i.test(file)
}

/** A page's identity in storage paths: its file name, kept to safe characters. */
function storageFolder(sourceKey: string): string {
  return `imports/${sourceKey.replace(/[^\w.-]+/g, '_').slice(0, 80) || 'page'}`
}

export async function importHtml(app: SdkApp, file: string, html: string, sourceKey = path.basename(file).replace(/\.[^.]+$/, ''), touched?: Set<string>): Promise<FileResult> {
  const read = readHtmlPage(html)
  if (!read.ok) return { file, outcome: 'failed', reason: read.reason }
  const { page } = read
  if (!page.publishedAt) return { file, outcome: 'failed', reason: '找不到发布日期' }
  if (!page.title) return { file, outcome: 'failed', reason: '找不到标题' }
  const paragraphs = page.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []))
  if (paragraphs.length === 0) return { file, outcome: 'failed', reason: '找不到正文段落' }

  // Files are stored under their content hash, so an earlier import of this page may share them:
  // after a failure they are deleted only when no stored version of the page can point at them.
  // (A version waiting in 待审核 is not in `articles` yet, but its item points at the same files.)
  const count = async (collection: string, field: string) => ((await app.database().collection(collection).where({ [field]: sourceKey }).count()) as { total: number }).total
  const seenBefore = (await count('articles', 'sourceKey')) > 0 || (await count('contentItems', 'origin.sourceKey')) > 0
  let hosted: Awaited<ReturnType<typeof rehostPage>>
  try {
    hosted = await rehostPage(page.blocks, page.files, { app, folder: storageFolder(sourceKey), pageDir: path.dirname(file), keepOnFailure: seenBefore })
  } catch (err) {
    if (err instanceof RehostError) return { file, outcome: 'failed', reason: err.message }
    throw err
  }
  const article: ArticleInput = {
    sourceKey,
    title: page.title,
    channel: page.channel ?? DEFAULT_CHANNEL,
    publishedAt: page.publishedAt,
    source: page.source ?? DEFAULT_SOURCE,
    ...(page.byline ? { byline: page.byline } : {}),
    summary: summarize(paragraphs),
    blocks: hosted.blocks,
    attachments: hosted.attachments,
    ...(page.url ? { sourceUrl: page.url } : {}),
  }
  try {
    const saved = await saveImported(app, article)
    if (saved.outcome === 'failed') {
      if (!seenBefore) await removeUploaded(app, hosted.uploaded)
      return { file, ...saved }
    }
    touched?.add(article.channel)
    return { file, ...saved, title: article.title }
  } catch (err) {
    if (!seenBefore) await removeUploaded(app, hosted.uploaded)
    throw err
  }
}
