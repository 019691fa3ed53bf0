// A copy-editor's pass over Chinese text: ASCII "," and ":" next to Chinese become "，" and "：".
// Numbers (1,000), times (14:00), ratios and URLs (http://…) keep their ASCII marks.

/** Han ideographs and CJK punctuation/quotes/brackets: what makes a neighbour "Chinese". */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u2018-\u201d\u2026]/
const URL = /(?:https?:\/\/|www\.)[^\s\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]*/gi

/** Whether the ASCII mark at `i` has Chinese on one side ("IP,“圆梦" too) and is not between two digits. */
function becomesFullWidth(text: string, i: number): boolean {
  const before = text[i - 1] ?? ''
  // Skip spaces after the mark: "日, 2023年" is still a Chinese comma.
  let j = i + 1
  while (text[j] === ' ') j++
  const after = text[j] ?? ''
  if (/\d/.test(before) && /\d/.test(text[i + 1] ?? '')) return false
  if (text[i] === ':' && text.startsWith('//', i + 1)) return false
  return CJK.test(before) || (CJK.test(after) && before !== '')
}

/** The text with ASCII commas and colons next to Chinese made full-width; URLs, numbers and times untouched. */
export function fullWidthPunctuation(text: string): string {
  if (!/[,:]/.test(text)) return text
  const protectedSpans: Array<[number, number]> = []
  for (const m of text.matchAll(URL)) protectedSpans.push([m.index, m.index + m[0].length])
  const inUrl = (i: number) => protectedSpans.some(([a, b]) => i >= a && i < b)
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if ((ch === ',' || ch === ':') && !inUrl(i) && becomesFullWidth(text, i)) out += ch === ',' ? '，' : '：'
    else out += ch
  }
  return out
}
