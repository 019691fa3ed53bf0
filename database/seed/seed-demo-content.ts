// Demo content for a local CloudBase's first start: the union's real article pages shipped in
// database/seed/articles/, imported through the project's own importer.
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { importFiles } from '../../importer/import-files'
import type { SdkApp } from '../../local-cloudbase/sdk-client'

const ARTICLE_PAGES = path.join(__dirname, 'articles')

export async function seedDemoContent(app: SdkApp): Promise<void> {
  const files = readdirSync(ARTICLE_PAGES).filter((f) => f.endsWith('.txt')).map((f) => path.join(ARTICLE_PAGES, f))
  const results = await importFiles(app, files)
  const failed = results.filter((r) => r.outcome === 'failed')
  if (failed.length) throw new Error(`demo content failed to import: ${failed.map((f) => path.basename(f.file)).join(', ')}`)
}
