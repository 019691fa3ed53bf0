// Imports union site pages (extracted text files) into the `articles` collection and reports,
// per file, whether it was imported, updated, left unchanged, or failed and why.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { SdkApp } from '../local-cloudbase/sdk-client'
import { parseArticlePage } from './parse/parse-article-page'
import { saveArticle, type SaveOutcome } from './save-article'

/** The result for one file. */
export type FileResult = { file: string; outcome: SaveOutcome; id: string; title: string } | { file: string; outcome: 'failed'; reason: string }

/** A page's identity: its file name without extension (e.g. `szft-ghdt-post_10359855`). */
export function sourceKeyOf(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, '')
}

export async function importFiles(app: SdkApp, files: string[], onProgress?: (done: number, total: number, result: FileResult) => void): Promise<FileResult[]> {
  const results: FileResult[] = []
  for (const file of files) {
    const result = await importOne(app, file)
    results.push(result)
    onProgress?.(results.length, files.length, result)
  }
  return results
}

async function importOne(app: SdkApp, file: string): Promise<FileResult> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    return { file, outcome: 'failed', reason: '无法读取文件' }
  }
  const parsed = parseArticlePage(text, { sourceKey: sourceKeyOf(file) })
  if (!parsed.ok) return { file, outcome: 'failed', reason: parsed.reason }
  const saved = await saveArticle(app, parsed.article)
  return { file, ...saved, title: parsed.article.title }
}
