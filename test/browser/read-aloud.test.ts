// 朗读 on an article in the H5 build, in Chromium. Two parts:
// 1. The browser's own engine as it is here: Debian's Chromium usually has no speech voices, and
//    then the button must say so (朗读不可用, and why below it) rather than fail silently; with a Chinese voice it
//    offers 朗读全文.
// 2. Play, pause, speed and paragraph-to-paragraph with the highlight. Where no engine exists (no
//    voices), the page gets a stand-in of the Web Speech API's SpeechSynthesis interface (speak,
//    cancel, pause, resume, getVoices; utterances with text, lang, rate, voice, onend, onerror) that
//    records what it is asked to say and ends an utterance when the test says so — the app's code
//    is unchanged and cannot tell. Where a real engine exists, the stand-in is not installed and
//    only the start of reading is checked.
import type { Page } from 'playwright-core'
import { makeArticle } from '../helpers/article-factory'
import { SHOTS, settle, visible } from '../helpers/browser'
import { browserFile } from '../helpers/browser-file'
import { seriousViolations } from '../helpers/axe'
import { eventually, until } from '../helpers/eventually'
import path from 'node:path'

const PARAGRAPHS = ['第一段：福田区总工会为职工办实事。', '第二段：暖蜂驿站为骑手提供热水和充电。', '第三段：欢迎职工朋友走进职工书屋。']

let articleId = ''

const suite = browserFile({
  seeded: false,
  prepare: async (cb) => {
    await cb.reset()
    const doc = makeArticle({ title: '朗读测试文章', blocks: [{ type: 'paragraph', text: PARAGRAPHS[0] }, { type: 'heading', text: '小标题' }, { type: 'paragraph', text: PARAGRAPHS[1] }, { type: 'paragraph', text: PARAGRAPHS[2] }] })
    articleId = ((await cb.sdk.database().collection('articles').add({ ...doc, viewCount: 0, shareCount: 0 })) as { id: string }).id
  }
})

/** The stand-in, installed before the app's code runs, only when the browser has no voices. */
function installStandIn() {
  const real = window.speechSynthesis
  if (real && real.getVoices().length > 0) return
  type U = { text: string; lang: string; rate: number; voice: unknown; onend?: (e: unknown) => void; onerror?: (e: { error: string }) => void }
  const spoken: { text: string; lang: string; rate: number }[] = []
  let current: U | null = null
  const synth = {
    speaking: false,
    paused: false,
    pending: false,
    getVoices: () => [{ lang: 'zh-CN', name: '测试语音', voiceURI: 'stand-in', localService: true, default: true }],
    speak(u: U) {
      spoken.push({ text: u.text, lang: u.lang, rate: u.rate })
      current = u
      this.speaking = true
    },
    cancel() {
      const u = current
      current = null
      this.speaking = false
      u?.onerror?.({ error: 'canceled' })
    },
    pause() {
      this.paused = true
    },
    resume() {
      this.paused = false
    },
    addEventListener() {},
    removeEventListener() {}
  }
  class Utterance {
    text: string
    lang = ''
    rate = 1
    voice: unknown = null
    onend?: () => void
    onerror?: () => void
    constructor(text: string) {
      this.text = text
    }
  }
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true })
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true })
  ;(window as unknown as { __speech: unknown }).__speech = {
    spoken,
    get paused() {
      return synth.paused
    },
    finish() {
      const u = current
      current = null
      synth.speaking = false
      u?.onend?.({})
    }
  }
}

async function openArticle({ care = false, standIn = false } = {}): Promise<Page> {
  const context = await suite.open()
  if (standIn) await context.addInitScript(installStandIn)
  const p = await context.newPage()
  p.setDefaultTimeout(20_000)
  if (care) {
    await p.goto(suite.cb.url + '/pages/mine/index')
    await p.getByTestId('care-switch').click()
  }
  await p.goto(suite.cb.url + `/pages/article/index?id=${articleId}`)
  await visible(p, 'article-title').waitFor()
  return p
}

const buttonText = (p: Page) => visible(p, 'read-aloud-button').innerText()

test('the browser\'s own engine here: the button says whether it can read, never silently nothing', async () => {
  const p = await openArticle()
  const hasChineseVoice = await p.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const check = () => speechSynthesis.getVoices().some((v) => v.lang.toLowerCase().startsWith('zh'))
        if (check()) return resolve(true)
        speechSynthesis.addEventListener('voiceschanged', () => resolve(check()), { once: true })
        setTimeout(() => resolve(check()), 5000)
      })
  )
  await until(async () => expect(await buttonText(p)).not.toContain('正在准备'), 'the engine checked')
  if (hasChineseVoice) {
    expect(await buttonText(p)).toContain('朗读全文')
  } else {
    expect(await buttonText(p)).toBe('朗读不可用')
    expect(await visible(p, 'read-aloud-reason').innerText()).toBe('本机没有中文语音，暂不能朗读')
    expect(await visible(p, 'read-aloud-button').getAttribute('aria-disabled')).toBe('true')
    // That a tap then starts nothing is the controller's rule (test/features/news/reader.test.ts).
  }
})

test('play, paragraph to paragraph with the highlight, pause, resume, speed, and the end', async () => {
  const p = await openArticle({ standIn: true })
  const standIn = await p.evaluate(() => 'speechSynthesis' in window && Boolean((window as unknown as { __speech?: unknown }).__speech))
  await until(async () => expect(await buttonText(p)).toContain('朗读全文'), 'the engine ready')
  await visible(p, 'read-aloud-button').click()
  await until(async () => expect(await buttonText(p)).toContain('暂停朗读'), 'reading started')
  if (!standIn) return // A real engine speaks on its own time: its start is all this test can check.

  type Spoken = { text: string; lang: string; rate: number }[]
  const spoken = () => p.evaluate(() => (window as unknown as { __speech: { spoken: Spoken } }).__speech.spoken)
  const finish = () => p.evaluate(() => (window as unknown as { __speech: { finish: () => void } }).__speech.finish())
  const reading = () => p.locator('.article-body__block--reading >> visible=true')

  await eventually(() => spoken()).toEqual([{ text: '朗读测试文章', lang: 'zh-CN', rate: 1 }])
  await eventually(() => visible(p, 'article-title').getAttribute('class')).toContain('article-body__block--reading')
  await finish()
  await until(async () => expect(await reading().innerText()).toBe(PARAGRAPHS[0]), 'the first paragraph highlighted')
  await eventually(() => reading().getAttribute('aria-current')).toBe('true')
  await eventually(() => visible(p, 'read-aloud-progress').innerText()).toBe('正在朗读 第 2 / 5 段')
  await eventually(async () => (await spoken()).map((s) => s.text)).toEqual(['朗读测试文章', PARAGRAPHS[0]])

  await visible(p, 'read-aloud-button').click()
  await until(async () => expect(await buttonText(p)).toContain('继续朗读'), 'paused')
  await eventually(() => p.evaluate(() => (window as unknown as { __speech: { paused: boolean } }).__speech.paused)).toBe(true)
  await eventually(() => visible(p, 'read-aloud-progress').innerText()).toBe('已暂停 第 2 / 5 段')
  await visible(p, 'read-aloud-button').click()
  await until(async () => expect(await buttonText(p)).toContain('暂停朗读'), 'resumed')
  await eventually(() => p.evaluate(() => (window as unknown as { __speech: { paused: boolean } }).__speech.paused)).toBe(false)

  // A new speed: the same paragraph again, at 1.25.
  await visible(p, 'read-aloud-rate-1.25').click()
  await until(async () => expect((await spoken()).slice(-1)).toEqual([{ text: PARAGRAPHS[0], lang: 'zh-CN', rate: 1.25 }]), 'restarted at 1.25')
  await eventually(() => visible(p, 'read-aloud-rate-1.25').getAttribute('aria-checked')).toBe('true')

  await finish()
  await until(async () => expect(await reading().innerText()).toBe('小标题'), 'the heading next')
  await finish()
  await until(async () => expect(await reading().innerText()).toBe(PARAGRAPHS[1]), 'the second paragraph')
  await settle(p)
  await p.screenshot({ path: path.join(SHOTS, 'read-aloud-playing.png') })
  await finish()
  await finish()
  await until(async () => expect(await buttonText(p)).toContain('朗读全文'), 'back to the start at the end')
  expect(await reading().count()).toBe(0)
  expect((await spoken()).map((s) => s.text).slice(-3)).toEqual(['小标题', PARAGRAPHS[1], PARAGRAPHS[2]])
})

test('关怀模式: the control is large (≥ 60 px, full width, text ≥ 18 px) and axe is clean while reading', async () => {
  const p = await openArticle({ care: true, standIn: true })
  await until(async () => expect(await buttonText(p)).not.toContain('正在准备'), 'the engine checked')
  const standIn = await p.evaluate(() => Boolean((window as unknown as { __speech?: unknown }).__speech))
  if (standIn) await visible(p, 'read-aloud-button').click()
  const size = await visible(p, 'read-aloud-button').evaluate((el) => {
    const r = el.getBoundingClientRect()
    return { height: r.height, width: r.width, font: parseFloat(getComputedStyle(el).fontSize), page: document.documentElement.clientWidth }
  })
  expect(size.height).toBeGreaterThanOrEqual(60)
  expect(size.width).toBeGreaterThan(size.page * 0.7)
  expect(size.font).toBeGreaterThanOrEqual(18)
  for (const rate of ['0.75', '1', '1.25', '1.5']) {
    const box = await visible(p, `read-aloud-rate-${rate}`).boundingBox()
    expect(Math.min(box!.width, box!.height)).toBeGreaterThanOrEqual(60)
  }
  await settle(p)
  await p.screenshot({ path: path.join(SHOTS, 'read-aloud-care.png') })
  expect(await seriousViolations(p)).toEqual([])
})
