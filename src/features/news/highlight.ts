// Splits text around the search terms the server matched, so the page can mark them.

/** A run of text, marked when it is one of the terms. */
export interface TextPart {
  text: string
  match: boolean
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** `text` cut into marked and unmarked runs; longer terms win where terms overlap; case-insensitive. */
export function splitByTerms(text: string, terms: readonly string[]): TextPart[] {
  const wanted = Array.from(new Set(terms.map((t) => t.trim()).filter(Boolean))).sort((a, b) => b.length - a.length)
  if (!text || wanted.length === 0) return text ? [{ text, match: false }] : []
  const pattern = new RegExp(wanted.map(escapeRegExp).join('|'), 'gi')
  const parts: TextPart[] = []
  let last = 0
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0] === '') {
      pattern.lastIndex++
      continue
    }
    if (m.index > last) parts.push({ text: text.slice(last, m.index), match: false })
    parts.push({ text: m[0], match: true })
    last = m.index + m[0].length
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false })
  return parts
}
