// 朗读's controller, independent of the platform: reads an article's paragraphs one after another
// through a SpeechEngine, with play, pause, resume, stop and speed, and says which block is being
// read (for the highlight). A paragraph ends → the next starts; replies from a paragraph that was
// stopped or restarted at a new speed are ignored.

/** A platform's speech: the browser's speechSynthesis, or WeChat's 同声传译 plugin. */
export interface SpeechEngine {
  /** Why it cannot speak here, in Chinese; null when it can. */
  unavailableReason(): Promise<string | null>
  /** Speaks `text` at `rate` (1 = normal); calls `done` once it has finished, `failed` if it cannot. */
  speak(text: string, rate: number, done: () => void, failed: () => void): void
  pause(): void
  resume(): void
  /** Stops at once; no `done` follows. */
  stop(): void
}

/** One readable block: its index among the article's blocks, and its text. */
export interface ReadableBlock {
  block: number
  text: string
}

export type ReaderStatus = 'checking' | 'unavailable' | 'idle' | 'playing' | 'paused'

export interface ReaderState {
  status: ReaderStatus
  /** Position in the readable blocks (-1 when none is being read). */
  position: number
  rate: number
  /** Why the engine cannot speak (status 'unavailable'). */
  reason?: string
}

/** The speeds offered: slower first, for older listeners. */
export const RATES = [0.75, 1, 1.25, 1.5] as const

export function createReader(engine: SpeechEngine, blocks: ReadableBlock[], onChange: (state: ReaderState) => void) {
  let state: ReaderState = { status: 'checking', position: -1, rate: 1 }
  let turn = 0
  const set = (patch: Partial<ReaderState>) => {
    state = { ...state, ...patch }
    onChange(state)
  }

  const readFrom = (position: number) => {
    const mine = ++turn
    if (position >= blocks.length) {
      set({ status: 'idle', position: -1 })
      return
    }
    set({ status: 'playing', position })
    engine.speak(
      blocks[position].text,
      state.rate,
      () => {
        if (mine === turn) readFrom(position + 1)
      },
      () => {
        if (mine === turn) set({ status: 'idle', position: -1 })
      }
    )
  }

  return {
    /** Asks the engine whether it can speak; until then the button says 正在检查. */
    init: () =>
      (blocks.length ? engine.unavailableReason().catch(() => '朗读暂时不可用') : Promise.resolve('这篇文章没有可朗读的文字')).then((reason) =>
        set(reason ? { status: 'unavailable', reason } : { status: 'idle' })
      ),
    /** Play from the start, pause, or resume: the one button's tap. */
    toggle: () => {
      if (state.status === 'idle') readFrom(0)
      else if (state.status === 'playing') {
        engine.pause()
        set({ status: 'paused' })
      } else if (state.status === 'paused') {
        engine.resume()
        set({ status: 'playing' })
      }
    },
    /** A new speed: the paragraph being read starts again at it. */
    setRate: (rate: number) => {
      set({ rate })
      if (state.status === 'playing' || state.status === 'paused') {
        turn++
        engine.stop()
        readFrom(state.position)
      }
    },
    stop: () => {
      turn++
      engine.stop()
      if (state.status === 'playing' || state.status === 'paused') set({ status: 'idle', position: -1 })
    },
    state: () => state
  }
}

export type Reader = ReturnType<typeof createReader>
