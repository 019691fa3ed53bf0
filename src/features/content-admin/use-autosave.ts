// Drafts save on the server as the editor types: a save a moment after the last change, one at a
// time, each carrying the version the last one returned. A stale version stops saving and says so.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { AnyBody, ContentKind } from '@contracts/content-admin/words'
import { toCloudError } from '@/lib/cloud'
import { saveItem } from './api/content-items'

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'conflict' | 'error'

const DELAY_MS = 800

export function useAutosave(kind: ContentKind, start: { id?: string; version?: number }) {
  const [status, setStatus] = useState<SaveStatus>('idle')
  const [message, setMessage] = useState('')
  const [fields, setFields] = useState<Record<string, string>>({})
  const ref = useRef({ id: start.id, version: start.version })
  const pending = useRef<AnyBody | null>(null)
  const running = useRef<Promise<void> | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  useEffect(() => {
    ref.current = { id: start.id, version: start.version }
  }, [start.id, start.version])

  const flush = useCallback(async (): Promise<void> => {
    if (running.current) await running.current
    const body = pending.current
    if (!body) return
    pending.current = null
    setStatus('saving')
    running.current = (async () => {
      try {
        const { id, version } = ref.current
        const res = await saveItem({ kind, body: body as unknown as Record<string, unknown>, ...(id ? { id, version } : {}) })
        ref.current = { id: res.id, version: res.version }
        setFields({})
        setStatus(pending.current ? 'saving' : 'saved')
      } catch (err) {
        const e = toCloudError(err)
        setStatus(e.code === 'CONTENT_CONFLICT' ? 'conflict' : 'error')
        setMessage(e.message)
        setFields(e.fields ?? {})
      } finally {
        running.current = null
      }
    })()
    await running.current
    if (pending.current) await flush()
  }, [kind])

  const change = useCallback(
    (body: AnyBody) => {
      pending.current = body
      if (timer.current) clearTimeout(timer.current)
      timer.current = setTimeout(() => void flush(), DELAY_MS)
    },
    [flush]
  )

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), [])

  return { status, message, fields, change, flush, current: ref }
}
