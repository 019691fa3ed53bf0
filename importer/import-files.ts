// Imports union site pages (extracted text files, saved HTML) into content management — published at
// once or waiting in 待审核 as each channel says — and reports, per file, whether it was imported,
// updated, left unchanged, or failed and why.
//
// Sample pages: a page whose body opens with a line that is exactly 【示例】 (the first line after
// the date line) is demo content, not from the union's site. The line is taken out of the body and
// the article is stored with `sample: true`, which the app shows as a 示例 label. The marker
// anywhere else is ordinary text.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { SdkApp } from '../local-cloudbase/sdk-client'
import { cleanLine } from './parse/normalize'
import { parseArticlePage, type ParseArticleResult } from './parse/parse-article-page'
import { refreshChannels, saveImported, type SaveOutcome } from './save-article'
import { importHtml, isHtmlFile } from './import-html'

/** The result for one file. */
export type FileResult = { file: string; outcome: SaveOutcome; id: string; title: string } | { file: string; outcome: 'failed'; reason: string }

/** The line that marks a page as sample content when it opens the body. */
export const SAMPLE_MARKER = '【示例】'

/** A page's identity: its file name without extension (e.g. `szft-ghdt-post_10359855`). */
export function sourceKeyOf(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, '')
}

/** Pages imported side by side: the database serialises writes, but fetching, parsing and the HTTP round trips overlap. */
const WORKERS = 4

/** Imports files, results in the files' order; each channel touched is recounted once at the end. */
export async function importFiles(app: SdkApp, files: string[], onProgress?: (done: number, total: number, result: FileResult) => void): Promise<FileResult[]> {
  const results: FileResult[] = new Array(files.length)
  const touched = new Set<string>()
  let next = 0
  let done = 0
  await Promise.all(
    Array.from({ length: Math.min(WORKERS, files.length) }, async () => {
      for (let i = next++; i < files.length; i = next++) {
        results[i] = await importOne(app, files[i], touched)
        onProgress?.(++done, files.length, results[i])
      }
    }),
  )
  await refreshChannels(app, [...touched])
  return results
}

/** Parses a page, reading a leading 【示例】 body line as the sample mark (see above). */
export function parsePage(text: string, sourceKey: string): ParseArticleResult {
  const parsed = parseArticlePage(text, { sourceKey })
  if (!parsed.ok) return parsed
  const first = parsed.article.blocks[0]
  if (!first || first.type === 'image' || first.text !== SAMPLE_MARKER) return parsed
  // Parse again without the marker line, so the summary comes from the first real paragraph.
  const lines = text.split(/\r\n|\r|\n/)
  lines.splice(lines.findIndex((line) => cleanLine(line) === SAMPLE_MARKER), 1)
  const again = parseArticlePage(lines.join('\n'), { sourceKey })
  return again.ok ? { ...again, article: { ...again.article, sample: true } } : again
}

async function importOne(app: SdkApp, file: string, touched: Set<string>): Promise<FileResult> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    return { file, outcome: 'failed', reason: '无法读取文件' }
  }
  if (isHtmlFile(file)) return importHtml(app, file, text, undefined, touched)
  const parsed = parsePage(text, sourceKeyOf(file))
  if (!parsed.ok) return { file, outcome: 'failed', reason: parsed.reason }
  const saved = await saveImported(app, parsed.article)
  if (saved.outcome === 'failed') return { file, ...saved }
  touched.add(parsed.article.channel)
  return { file, ...saved, title: parsed.article.title }
}
