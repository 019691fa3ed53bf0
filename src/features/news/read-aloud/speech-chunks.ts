// WeChat's 同声传译 plugin synthesises a short text per call (about 200 characters is what works
// reliably): a paragraph is cut into such pieces, after punctuation where it can be.

export const CHUNK = 200

/** Text cut into pieces the plugin accepts, at sentence ends where possible. */
export function chunksOf(text: string, size = CHUNK): string[] {
  const out: string[] = []
  let rest = text.trim()
  while (rest.length > size) {
    const cut = Math.max(...['。', '！', '？', '；', '，'].map((p) => rest.lastIndexOf(p, size - 1)))
    const at = cut > size / 2 ? cut + 1 : size
    out.push(rest.slice(0, at))
    rest = rest.slice(at).trim()
  }
  if (rest) out.push(rest)
  return out
}

