// Properties that hold on every page: the 41 real pages of the corpus and generated page shapes.
// The importer never invents a date, never keeps chrome (navigation, share, print, QR code, editor,
// author, disclaimer lines) as body, never drops a body paragraph, and makes ASCII commas and colons
// next to Chinese full-width without touching numbers, times or URLs.
import fc from 'fast-check'
import { readPage } from '../../importer/parse/read-page'
import { fullWidthPunctuation } from '../../importer/parse/punctuation'
import { shanghaiDay } from '../../importer/parse/date-line'
import { cleanLine } from '../../importer/parse/normalize'
import { loadCorpus } from './corpus'
import { pageArb } from './page-shapes'

const corpus = loadCorpus()
const RUNS = { numRuns: 300 }

function blockTexts(reading: ReturnType<typeof readPage>): string[] {
  return reading.blocks.map((b) => (b.type === 'image' ? (b.caption ?? '') : b.text))
}

/** Every calendar day written anywhere in a text, by a deliberately generous reading (not the importer's). */
function daysWritten(text: string): Set<string> {
  const days = new Set<string>()
  const pad = (n: number) => String(n).padStart(2, '0')
  for (const m of text.matchAll(/(\d{4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})/g)) days.add(`${m[1]}-${pad(+m[2])}-${pad(+m[3])}`)
  for (const m of text.matchAll(/(\d{1,2})\.(\d{1,2})\.(\d{4})/g)) days.add(`${m[3]}-${pad(+m[2])}-${pad(+m[1])}`)
  const han = '〇一二三四五六七八九'
  const num = (s: string) => (s.includes('十') ? (s.indexOf('十') === 0 ? 1 : han.indexOf(s[0])) * 10 + (s.endsWith('十') ? 0 : han.indexOf(s[s.length - 1])) : han.indexOf(s))
  for (const m of text.matchAll(/([〇一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/g)) {
    days.add(`${[...m[1]].map((c) => han.indexOf(c)).join('')}-${pad(num(m[2]))}-${pad(num(m[3]))}`)
  }
  return days
}

/** Lines that are chrome by anyone's reading: share, print, QR code, editor, disclaimer, counters. */
const CHROME_LINE = /^(?:分享|【收藏|【打印|\[保存|打印\s*[|｜]|扫一扫|[[【]?(?:责任编辑|責任編輯|编辑|二审)[:：]|(?:免责)?声明[:：]|浏览次数|字号[:：]|视力保护色|主办[:：]|网站标识码|ICP备|地址[:：]|VIP推荐|热门关键字|正在更新中)/

describe('on every corpus page', () => {
  it.each(corpus.map((p) => [p.name, p] as const))('%s: no invented date, no chrome in the body, no body paragraph dropped', (_name, page) => {
    const reading = readPage(page.text)
    if (reading.publishedAt !== undefined) expect(daysWritten(page.text)).toContain(shanghaiDay(reading.publishedAt))

    const texts = blockTexts(reading)
    const lines = page.text.split(/\r\n|\r|\n/).map(cleanLine).filter((l) => l !== '')
    for (const line of lines.filter((l) => CHROME_LINE.test(l))) {
      expect(texts.some((t) => t.includes(fullWidthPunctuation(line)))).toBe(false)
    }

    // Between the recorded first and last paragraph, every sentence of the page is in the body.
    const from = lines.findIndex((l) => fullWidthPunctuation(l).includes(page.expected.first))
    const endsLast = lines.map((l) => fullWidthPunctuation(l.replace(/\s*[|｜]$/, '')).endsWith(page.expected.last))
    const to = endsLast.lastIndexOf(true)
    expect(from).toBeGreaterThanOrEqual(0)
    expect(to).toBeGreaterThanOrEqual(from)
    const everything = [...texts, reading.abstract ?? ''].join('\n')
    for (let line of lines.slice(from, to + 1)) {
      if (!/[。！？!?]”?$/.test(line) || line.length < 12) continue
      line = line.replace(/^[▲△]\s*/, '')
      expect(everything).toContain(fullWidthPunctuation(line.replace(/\s*[|｜]$/, '')))
    }
  })
})

describe('on generated page shapes', () => {
  it('reads the date the page prints and never one it does not', () => {
    fc.assert(
      fc.property(pageArb, (page) => {
        expect(readPage(page.lines.join('\n')).publishedAt ?? null).toBe(page.date)
      }),
      RUNS,
    )
  })

  it('reads the title, with or without a date line', () => {
    fc.assert(
      fc.property(pageArb, (page) => {
        expect(readPage(page.lines.join('\n')).title).toBe(fullWidthPunctuation(page.title))
      }),
      RUNS,
    )
  })

  it('keeps no navigation, share, print, QR-code, field, editor, disclaimer or footer line in the body', () => {
    fc.assert(
      fc.property(pageArb, (page) => {
        const texts = blockTexts(readPage(page.lines.join('\n')))
        for (const chrome of page.chrome) expect(texts).not.toContain(fullWidthPunctuation(chrome))
        for (const chrome of page.chrome) expect(texts.some((t) => t.includes(fullWidthPunctuation(chrome)))).toBe(false)
      }),
      RUNS,
    )
  })

  it('keeps every paragraph, heading and caption, in order, and the credits out of the body', () => {
    fc.assert(
      fc.property(pageArb, (page) => {
        const reading = readPage(page.lines.join('\n'))
        const want = page.body
          .filter((item) => item.kind !== 'byline')
          .map((item) => (item.kind === 'caption' ? `image:${fullWidthPunctuation(item.text)}` : `${item.kind}:${fullWidthPunctuation(item.text)}`))
        const got = reading.blocks.map((b) => (b.type === 'image' ? `image:${b.caption ?? ''}` : `${b.type}:${b.text}`))
        expect(got).toEqual(want)
        const bylines = page.body.filter((item) => item.kind === 'byline')
        if (bylines.length > 0) expect(reading.byline ?? '').not.toBe('')
      }),
      RUNS,
    )
  })
})

describe('punctuation', () => {
  const han = fc.constantFrom(...'工会职工福田区活动服务站')
  const asciiMark = fc.constantFrom(',', ':')

  it('makes an ASCII comma or colon between Chinese characters full-width', () => {
    fc.assert(
      fc.property(han, asciiMark, han, (a, mark, b) => {
        expect(fullWidthPunctuation(`${a}${mark}${b}`)).toBe(`${a}${mark === ',' ? '，' : '：'}${b}`)
      }),
    )
  })

  it('never touches numbers, times or URLs, wherever they sit in Chinese text', () => {
    const keep = fc.oneof(
      fc.tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 })).map(([a, b]) => `${a},${String(b).padStart(3, '0')}`),
      fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${h}:${String(m).padStart(2, '0')}`),
      fc.constantFrom('http://www.szft.gov.cn/a,b:c', 'https://mp.weixin.qq.com/s?x=1,2', 'www.example.cn/p:q'),
    )
    fc.assert(
      fc.property(fc.array(han, { maxLength: 4 }), keep, fc.array(han, { maxLength: 4 }), (before, kept, after) => {
        // A space separates a URL from the Chinese after it, as pages print them.
        const text = `${before.join('')}${kept} ${after.join('')}`
        expect(fullWidthPunctuation(text)).toContain(kept)
      }),
    )
  })
})
