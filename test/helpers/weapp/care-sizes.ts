// 关怀 sizes as a page's WXSS yields them (wxss-cascade.ts): the smallest text, and the smallest
// tap targets by the height and width their styles guarantee. A tap target is an element Taro
// renders with a tap binding (its template in base.wxml binds `tap`) or a native control.
// Heights: the larger of min-height/height (plus padding unless border-box) and what the content
// needs at least (its own line of text, its tallest child in flow, plus padding). Widths only for
// inline boxes: a block or flex box fills its container, which only layout knows; an inline box's
// text is estimated at 1 em a Chinese character and 0.55 em for the rest.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { PageHandle } from './page'
import { cascade, pageRules, type Computed } from './wxss-cascade'

const NATIVE_TARGETS = new Set(['wx-button', 'wx-input', 'wx-textarea', 'wx-switch', 'wx-checkbox', 'wx-radio', 'wx-picker', 'wx-navigator', 'wx-slider'])
const BLOCK = /^(block|flex|-webkit-flex|-ms-flexbox|grid|list-item)$/

let tappableCache: { root: string; nn: Set<string> } | undefined

/** Taro's template ids whose element binds `tap` (onClick in the source). */
function tappableTemplates(root: string): Set<string> {
  if (tappableCache?.root === root) return tappableCache.nn
  const base = readFileSync(path.join(root, 'base.wxml'), 'utf8')
  const nn = new Set<string>()
  for (const m of base.matchAll(/<template name="tmpl_0_(\w+)">\s*<[\w-]+([^>]*)>/g)) if (/\bbindtap=/.test(m[2])) nn.add(m[1])
  tappableCache = { root, nn }
  return nn
}

interface Node {
  sid?: string
  nn?: string
  cn?: Node[]
}

export interface Finding {
  px: number
  what: string
}

export interface CareSizes {
  smallestText?: Finding
  lowestTarget?: Finding
  narrowestTarget?: Finding
  texts: number
  targets: number
  /** Native controls whose size only WeChat's own drawing decides (none declared, no label around). */
  unseen: string[]
}

const describe = (el: Element) => `<${el.tagName.toLowerCase()} class="${(el.getAttribute('class') ?? '').replace(/main--/g, '')}"> ${(el.textContent ?? '').trim().slice(0, 24)}`
const ownText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '')
const textWidth = (text: string, em: number) => [...text].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? em : 0.55 * em), 0)

/** Measures the page as it is rendered now; `extraCss` plants a rule (to prove the check can fail). */
export function careSizes(page: PageHandle, root: string, extraCss = ''): CareSizes {
  const dom = page.component.dom
  const computed = cascade(dom, pageRules(root, page.route, extraCss))
  const tappableNn = tappableTemplates(root)
  const nnOf = new Map<string, string>()
  const walk = (n: Node) => {
    if (n.sid && n.nn) nnOf.set(n.sid, n.nn)
    n.cn?.forEach(walk)
  }
  walk((page.instance as { data: { root: Node } }).data.root)

  // display:none, or the visually-hidden pattern (a 1×1 px box: there for screen readers only).
  const hidden = (el: Element): boolean => {
    for (let e: Element | null = el; e && e !== dom; e = e.parentElement) {
      const c = computed.get(e)
      if (c?.display === 'none' || (c?.width !== undefined && c.width <= 1 && c.height !== undefined && c.height <= 1)) return true
    }
    return false
  }
  const inFlow = (c: Computed) => c.display !== 'none' && c.position !== 'absolute' && c.position !== 'fixed'
  const heightFloor = (el: Element): number => {
    const c = computed.get(el)!
    const pad = c.padding.top + c.padding.bottom
    const declared = Math.max(c.minHeight ?? 0, c.height ?? 0) + (c.boxSizing === 'border-box' ? 0 : pad)
    const kids = [...el.children].filter((k) => inFlow(computed.get(k)!)).map(heightFloor)
    return Math.max(declared, Math.max(ownText(el) ? c.lineHeight : 0, ...kids, 0) + pad)
  }
  const widthFloor = (el: Element): number | null => {
    const c = computed.get(el)!
    if (BLOCK.test(c.display)) return null
    const pad = c.padding.left + c.padding.right
    const declared = Math.max(c.minWidth ?? 0, c.width ?? 0) + (c.boxSizing === 'border-box' ? 0 : pad)
    const kids = [...el.children].filter((k) => inFlow(computed.get(k)!)).map((k) => widthFloor(k) ?? 0)
    const text = [...el.childNodes].filter((n) => n.nodeType === 3).reduce((w, n) => w + textWidth((n.textContent ?? '').trim(), c.fontSize), 0)
    return Math.max(declared, text + kids.reduce((a, b) => a + b, 0) + pad)
  }

  const result: CareSizes = { texts: 0, targets: 0, unseen: [] }
  const measured = new Set<Element>()
  const worse = (current: Finding | undefined, px: number, el: Element) => (!current || px < current.px ? { px: Math.round(px * 10) / 10, what: describe(el) } : current)
  for (const el of dom.querySelectorAll('*')) {
    if (hidden(el)) continue
    const c = computed.get(el)
    if (!c) continue
    if (ownText(el)) {
      result.texts++
      result.smallestText = worse(result.smallestText, c.fontSize, el)
    }
    const native = NATIVE_TARGETS.has(el.tagName.toLowerCase())
    if (!native && !tappableNn.has(nnOf.get(el.getAttribute('data-sid') ?? '') ?? '')) continue
    // A native control inside a <label> is tapped through the label: the label is the target.
    const target = (native && el.closest('wx-label')) || el
    if (measured.has(target)) continue
    measured.add(target)
    const height = heightFloor(target)
    if (native && target === el && height === 0) {
      result.unseen.push(describe(el))
      continue
    }
    result.targets++
    result.lowestTarget = worse(result.lowestTarget, height, target)
    const w = widthFloor(target)
    if (w !== null) result.narrowestTarget = worse(result.narrowestTarget, w, target)
  }
  return result
}
