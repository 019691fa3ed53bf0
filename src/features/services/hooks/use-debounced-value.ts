// A value that settles: the FAQ search asks the server once the user pauses typing.
import { useEffect, useState } from 'react'

/** `value`, updated only after it has not changed for `delayMs`. */
export function useDebouncedValue<T>(value: T, delayMs = 300): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs)
    return () => clearTimeout(timer)
  }, [value, delayMs])
  return settled
}
