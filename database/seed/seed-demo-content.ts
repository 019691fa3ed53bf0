// Demo content for a local CloudBase's first start (and `POST /__local/reset {"seed":true}`): the
// union's real article pages in articles/ and the sample pages in samples/, imported through the
// project's own importer, then the headline pins of pinned.json; then the 服务 tab's services,
// FAQs and places (services/); the 圆梦计划 policy and the demo staff (staff/). See README.md here.
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { importFiles, sourceKeyOf } from '../../importer/import-files'
import type { SdkApp } from '../../local-cloudbase/sdk-client'
import pinned from './pinned.json'
import { seedServicesContent } from './services/seed-services'
import { seedDreamPlan } from './dream-plan/seed-dream-plan'
import { seedDemoStaff } from './staff/seed-demo-staff'

const PAGE_FOLDERS = [path.join(__dirname, 'articles'), path.join(__dirname, 'samples')]

/** sourceKey → pinnedRank (0 is the first headline). */
export const PINNED: Record<string, number> = pinned

/** Every demo page, real ones first. */
export function demoPages(): string[] {
  return PAGE_FOLDERS.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => path.join(dir, f))
  )
}

export async function seedDemoContent(app: SdkApp): Promise<void> {
  const files = demoPages()
  const known = new Set(files.map(sourceKeyOf))
  const stray = Object.keys(PINNED).filter((key) => !known.has(key))
  if (stray.length) throw new Error(`pinned.json names pages that are not demo content: ${stray.join(', ')}`)
  const results = await importFiles(app, files)
  const failed = results.filter((r) => r.outcome === 'failed')
  if (failed.length) throw new Error(`demo content failed to import: ${failed.map((f) => path.basename(f.file)).join(', ')}`)
  await applyPins(app, PINNED)
  await seedServicesContent(app)
  await seedDreamPlan(app)
  await seedDemoStaff(app)
}

/**
 * Pins articles to the headline area by sourceKey. Pins are editorial state, not page content:
 * the importer keeps an article's pinnedRank when the page is imported again.
 */
export async function applyPins(app: SdkApp, pins: Record<string, number>): Promise<void> {
  const articles = app.database().collection('articles')
  // The item keeps the pin too, or the next publish of the page (a re-import) would drop it.
  const items = app.database().collection('contentItems')
  for (const [sourceKey, pinnedRank] of Object.entries(pins)) {
    await articles.where({ sourceKey }).update({ pinnedRank })
    await items.where({ 'origin.sourceKey': sourceKey }).update({ pin: { rank: pinnedRank } })
  }
}
