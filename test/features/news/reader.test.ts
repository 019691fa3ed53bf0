// 朗读's controller (src/features/news/read-aloud/reader.ts) over an engine that records what it
// was asked and finishes a paragraph when the test says so: play, paragraph to paragraph, pause,
// resume, speed (the paragraph restarts at the new speed), stop, the end, an unavailable engine,
// a failing engine, and a late "done" from a stopped paragraph being ignored.
import { createReader, type ReaderState, type SpeechEngine } from '../../../src/features/news/read-aloud/reader'
import { chunksOf } from '../../../src/features/news/read-aloud/speech-chunks'
import { readableBlocks } from '../../../src/features/news/read-aloud/use-read-aloud'

function recordingEngine(reason: string | null = null) {
  const calls: string[] = []
  let current: { done: () => void; failed: () => void } | null = null
  const engine: SpeechEngine = {
    unavailableReason: async () => reason,
    speak: (text, rate, done, failed) => {
      calls.push(`speak ${text} @${rate}`)
      current = { done, failed }
    },
    pause: () => calls.push('pause'),
    resume: () => calls.push('resume'),
    stop: () => calls.push('stop')
  }
  return { engine, calls, finish: () => current!.done(), fail: () => current!.failed(), stale: () => current }
}

const BLOCKS = [
  { block: -1, text: '标题' },
  { block: 0, text: '第一段' },
  { block: 2, text: '第二段' }
]

async function setup(reason: string | null = null) {
  const e = recordingEngine(reason)
  const states: ReaderState[] = []
  const reader = createReader(e.engine, BLOCKS, (s) => states.push(s))
  await reader.init()
  return { ...e, reader, states, last: () => states[states.length - 1] }
}

test('reads paragraph after paragraph, then stops at the end', async () => {
  const { reader, calls, finish, last } = await setup()
  expect(last()).toEqual({ status: 'idle', position: -1, rate: 1 })
  reader.toggle()
  expect(last()).toMatchObject({ status: 'playing', position: 0 })
  finish()
  expect(last()).toMatchObject({ status: 'playing', position: 1 })
  finish()
  finish()
  expect(last()).toMatchObject({ status: 'idle', position: -1 })
  expect(calls).toEqual(['speak 标题 @1', 'speak 第一段 @1', 'speak 第二段 @1'])
})

test('pause and resume keep the place; a new speed restarts the paragraph at that speed', async () => {
  const { reader, calls, finish, last } = await setup()
  reader.toggle()
  finish()
  reader.toggle()
  expect(last()).toMatchObject({ status: 'paused', position: 1 })
  reader.toggle()
  expect(last()).toMatchObject({ status: 'playing', position: 1 })
  reader.setRate(1.25)
  expect(last()).toMatchObject({ status: 'playing', position: 1, rate: 1.25 })
  expect(calls.slice(-4)).toEqual(['pause', 'resume', 'stop', 'speak 第一段 @1.25'])
})

test('a stopped paragraph\'s late "done" does not move reading on', async () => {
  const { reader, finish, stale, last } = await setup()
  reader.toggle()
  const old = stale()!
  reader.setRate(1.5)
  old.done()
  expect(last()).toMatchObject({ status: 'playing', position: 0, rate: 1.5 })
  reader.stop()
  finish()
  expect(last()).toMatchObject({ status: 'idle', position: -1 })
})

test('an engine that cannot speak says why, and the button does nothing', async () => {
  const { reader, calls, last } = await setup('本机没有中文语音，暂不能朗读')
  expect(last()).toEqual({ status: 'unavailable', position: -1, rate: 1, reason: '本机没有中文语音，暂不能朗读' })
  reader.toggle()
  expect(calls).toEqual([])
})

test('an engine failing mid-way returns to idle rather than hanging', async () => {
  const { reader, fail, last } = await setup()
  reader.toggle()
  fail()
  expect(last()).toMatchObject({ status: 'idle', position: -1 })
})

test('the readable blocks: title, paragraphs and headings, no images or empty text', () => {
  expect(
    readableBlocks('标题', [
      { type: 'paragraph', text: '一' },
      { type: 'image', src: 'x.png', caption: '图' },
      { type: 'heading', text: '小标题' },
      { type: 'paragraph', text: '  ' }
    ])
  ).toEqual([{ block: -1, text: '标题' }, { block: 0, text: '一' }, { block: 2, text: '小标题' }])
})

test('WeChat\'s plugin gets pieces of at most 200 characters, cut after punctuation where it can', () => {
  const text = `${'工会'.repeat(60)}。${'职工'.repeat(80)}`
  const pieces = chunksOf(text)
  expect(pieces.every((p) => p.length <= 200)).toBe(true)
  expect(pieces[0].endsWith('。')).toBe(true)
  expect(pieces.join('')).toBe(text)
})
