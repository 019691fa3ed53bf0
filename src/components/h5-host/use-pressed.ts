// The pressed look of Taro's View and Button: on `startMs` into a touch, off `stayMs` after it.
import { useEffect, useRef, useState } from 'react'

export function usePressed(startMs: number, stayMs: number) {
  const [on, setOn] = useState(false)
  const touching = useRef(false)
  const timer = useRef<ReturnType<typeof setTimeout>>()
  useEffect(() => () => clearTimeout(timer.current), [])
  const later = (ms: number, then: () => void) => {
    clearTimeout(timer.current)
    timer.current = setTimeout(then, ms)
  }
  return {
    on,
    start() {
      touching.current = true
      later(startMs, () => touching.current && setOn(true))
    },
    end() {
      touching.current = false
      later(stayMs, () => !touching.current && setOn(false))
    }
  }
}
