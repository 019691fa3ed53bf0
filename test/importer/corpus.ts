// The corpus of real pages (test/fixtures/pages) and a comparison of a reading with what a person
// recorded for each page. Shared by the table test and the property tests.
import { readFileSync, readdirSync } from 'fs'
import path from 'path'
import type { PageReading } from '../../importer/parse/read-page'

export const CORPUS_DIR = path.resolve(__dirname, '../fixtures/pages')

/** What a person recorded for one page (see test/fixtures/pages/README.md). */
export interface Expected {
  url: string
  kind: string
  title: string | null
  publishedAt: string | null
  source: string | null
  byline?: string
  first: string
  last: string
  paragraphs: number
  headings: string[]
  captions: string[]
  images: number
  attachments?: string[]
  truncated?: boolean
}

export interface CorpusPage {
  name: string
  text: string
  expected: Expected
}

export function loadCorpus(): CorpusPage[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.json$/, '')
      return { name, text: readFileSync(path.join(CORPUS_DIR, `${name}.txt`), 'utf8'), expected: JSON.parse(readFileSync(path.join(CORPUS_DIR, f), 'utf8')) as Expected }
    })
}

/** The fields of a reading in the shape of an expectation, for one `toEqual`. */
export function shapeOf(reading: PageReading, expected: Expected): Record<string, unknown> {
  const paragraphs = reading.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []))
  const first = paragraphs[0] ?? ''
  const last = paragraphs[paragraphs.length - 1] ?? ''
  return {
    title: reading.title ?? null,
    publishedAt: reading.publishedAt ?? null,
    source: reading.source ?? null,
    ...(expected.byline !== undefined ? { byline: reading.byline?.includes(expected.byline) ? expected.byline : (reading.byline ?? null) } : {}),
    first: first.startsWith(expected.first) ? expected.first : first.slice(0, 40),
    last: last.endsWith(expected.last) ? expected.last : last.slice(-40),
    paragraphs: paragraphs.length,
    headings: reading.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : [])),
    captions: reading.blocks.flatMap((b) => (b.type === 'image' && b.caption !== undefined ? [b.caption] : [])),
    images: reading.blocks.filter((b) => b.type === 'image').length,
    ...(expected.attachments !== undefined ? { attachments: reading.attachmentNames } : {}),
  }
}

/** The same fields of the expectation. */
export function expectedShape(expected: Expected): Record<string, unknown> {
  const { title, publishedAt, source, byline, first, last, paragraphs, headings, captions, images, attachments } = expected
  return { title, publishedAt, source, ...(byline !== undefined ? { byline } : {}), first, last, paragraphs, headings, captions, images, ...(attachments !== undefined ? { attachments } : {}) }
}
