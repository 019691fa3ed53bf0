// A random UUID (v4) for submit/resubmit: made once per visit to the review step and reused for
// every retry of that submit, so a double tap or a retry after a timeout is the same submit.

/** A fresh UUID v4 (crypto.getRandomValues where the platform has it). */
export function newIdempotencyKey(): string {
  const bytes = new Uint8Array(16)
  const webCrypto = typeof crypto !== 'undefined' && typeof crypto.getRandomValues === 'function' ? crypto : null
  if (webCrypto) webCrypto.getRandomValues(bytes)
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256)
  bytes[6] = (bytes[6] & 0x0f) | 0x40
  bytes[8] = (bytes[8] & 0x3f) | 0x80
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
