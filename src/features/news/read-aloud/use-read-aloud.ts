// 朗读 for a page: the platform's engine (each build keeps only its own), the reader over the
// article's paragraphs and headings, and its state for the controls and the highlight.
import { useEffect, useMemo, useRef, useState } from 'react'
import type { ArticleBlock } from '@contracts/content/article'
import { createReader, type Reader, type ReaderState, type ReadableBlock, type SpeechEngine } from './reader'

function platformEngine(): SpeechEngine {
  // if/else, not an early return: webpack leaves out the branch the build's platform rules out, but
  // not a require after a return (the weapp engine, 1.5 KB compressed, was in every H5 article).
  if (process.env.TARO_ENV === 'h5') return require('./engine-h5').h5Engine()
  else return require('./engine-weapp').weappEngine()
}

/** The blocks read aloud: the title first, then paragraphs and headings (images are skipped). */
export function readableBlocks(title: string, blocks: ArticleBlock[]): ReadableBlock[] {
  const body = blocks.flatMap((b, block) => ((b.type === 'paragraph' || b.type === 'heading') && b.text.trim() ? [{ block, text: b.text }] : []))
  return title ? [{ block: -1, text: title }, ...body] : body
}

export function useReadAloud(title: string, blocks: ArticleBlock[] | null) {
  const [state, setState] = useState<ReaderState>({ status: 'checking', position: -1, rate: 1 })
  const reader = useRef<Reader | null>(null)
  const readable = useMemo(() => (blocks ? readableBlocks(title, blocks) : []), [title, blocks])

  useEffect(() => {
    if (!blocks) return
    const r = createReader(platformEngine(), readable, setState)
    reader.current = r
    void r.init()
    return () => {
      r.stop()
      reader.current = null
    }
  }, [readable, blocks])

  return {
    state,
    /** The article block being read (-1: the title; null: none). */
    readingBlock: state.position >= 0 ? readable[state.position]?.block ?? null : null,
    total: readable.length,
    toggle: () => reader.current?.toggle(),
    setRate: (rate: number) => reader.current?.setRate(rate),
    stop: () => reader.current?.stop()
  }
}
