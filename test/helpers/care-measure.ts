// Measures a rendered page against the 关怀 (适老化) numbers: the smallest visible text, the
// smallest tap target, the tightest line spacing of wrapped text, and anything wider than the
// viewport. `measureCarePage` runs inside the page (playwright's page.evaluate), so it is one
// self-contained function; it reads geometry and computed styles only, never class names, so it
// judges what the reader sees whatever produced it (Taro's own tab bar, the app, a component kit).
import type { Page } from 'playwright-core'

/** The floors from the MIIT 适老化 rules (shared/notes/accessibility.md), in CSS px. */
export interface CareLimits {
  minTextPx: number
  minTargetPx: number
  minLineSpacing: number
}

export const CARE_LIMITS: CareLimits = { minTextPx: 18, minTargetPx: 60, minLineSpacing: 1.3 }

export type FindingKind = 'text' | 'target' | 'spacing' | 'overflow'

/** One measured element: where it is, what it says, and the number judged. */
export interface Finding {
  kind: FindingKind
  selector: string
  text: string
  /** Human-readable measurement, e.g. "10px", "343×34", "lines 20px apart at 18px (1.11×)". */
  size: string
  /** The number compared with the floor (font px, the smaller box side, the ratio, px past the edge). */
  value: number
  ok: boolean
}

/** Per kind: how many were measured, the worst one, and every one under the floor (worst first). */
export interface KindReport {
  measured: number
  worst: Finding | null
  failures: Finding[]
}

export type CareReport = Record<FindingKind, KindReport>

/** Text, targets and spacing at the current viewport (overflow is measured separately, at 320 px). */
export async function measureCare(page: Page, limits: CareLimits = CARE_LIMITS): Promise<Omit<CareReport, 'overflow'>> {
  const all = await page.evaluate(measureCarePage, { limits, only: ['text', 'target', 'spacing'] as FindingKind[] })
  return { text: all.text, target: all.target, spacing: all.spacing }
}

/** Elements that reach past the viewport's sides (call after reflowing to the width to check). */
export async function measureOverflow(page: Page, limits: CareLimits = CARE_LIMITS): Promise<KindReport> {
  const all = await page.evaluate(measureCarePage, { limits, only: ['overflow'] as FindingKind[] })
  return all.overflow
}

/** One line per kind naming the worst element: what a failing run prints so it says what to fix. */
export function formatReport(title: string, report: Partial<CareReport>): string {
  const lines = [title]
  for (const [kind, r] of Object.entries(report) as [FindingKind, KindReport][]) {
    const w = r.worst
    const verdict = r.failures.length ? `✗ ${r.failures.length} under the floor` : '✓'
    lines.push(`  ${kind.padEnd(8)} ${verdict.padEnd(20)} worst: ${w ? `${w.size}  ${w.selector}  “${w.text}”` : '—'}  (${r.measured} measured)`)
    for (const f of r.failures.slice(1, 6)) lines.push(`  ${''.padEnd(29)}also: ${f.size}  ${f.selector}  “${f.text}”`)
  }
  return lines.join('\n')
}

// ---- runs in the browser: no imports, no closures over module scope ---------------------------

export function measureCarePage({ limits, only }: { limits: CareLimits; only: FindingKind[] }): CareReport {
  const vw = document.documentElement.clientWidth
  const round = (n: number) => Math.round(n * 10) / 10

  /** Every element, including those inside open shadow roots (Taro's components may use them). */
  const elements: Element[] = []
  const collect = (root: ParentNode) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      elements.push(el)
      if (el.shadowRoot) collect(el.shadowRoot)
    }
  }
  collect(document.body)

  const styleCache = new Map<Element, CSSStyleDeclaration>()
  const style = (el: Element) => {
    let s = styleCache.get(el)
    if (!s) {
      s = getComputedStyle(el)
      styleCache.set(el, s)
    }
    return s
  }
  const parentOf = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null)

  /**
   * Drawn for a sighted reader: laid out, not visibility:hidden, not transparent, and not a
   * screen-reader-only box (clipped, or squeezed to a pixel with overflow hidden).
   */
  const shownCache = new Map<Element, boolean>()
  const shown = (el: Element): boolean => {
    const cached = shownCache.get(el)
    if (cached !== undefined) return cached
    let result = true
    if (el.getClientRects().length === 0) result = false
    else {
      const s = style(el)
      if (s.visibility === 'hidden' || s.visibility === 'collapse' || Number(s.opacity) === 0) result = false
      else if (s.clip && s.clip !== 'auto') result = false
      else {
        const r = el.getBoundingClientRect()
        if (s.overflow !== 'visible' && (r.width <= 1 || r.height <= 1)) result = false
        else {
          const parent = parentOf(el)
          result = parent && parent !== document.documentElement ? shown(parent) : true
        }
      }
    }
    shownCache.set(el, result)
    return result
  }

  /** A short CSS path: the nearest test id or id, then tags with up to two classes. */
  const selectorOf = (el: Element): string => {
    const parts: string[] = []
    for (let e: Element | null = el, depth = 0; e && depth < 4; e = parentOf(e), depth++) {
      const testId = e.getAttribute('data-testid')
      if (testId) {
        parts.unshift(`[data-testid="${testId}"]`)
        break
      }
      if (e.id) {
        parts.unshift(`#${e.id}`)
        break
      }
      const classes = Array.from(e.classList).filter((c) => !c.startsWith('taro_') && !c.endsWith('--pressed') && !c.startsWith('reading'))
      parts.unshift(e.tagName.toLowerCase() + classes.slice(0, 2).map((c) => `.${c}`).join(''))
    }
    return parts.join(' > ')
  }
  const textOf = (el: Element) =>
    ((el as HTMLElement).innerText || el.getAttribute('aria-label') || (el as HTMLInputElement).placeholder || el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 24)

  const report = (findings: Finding[], worse: (a: Finding, b: Finding) => number): KindReport => {
    const sorted = findings.slice().sort(worse)
    return { measured: findings.length, worst: sorted[0] ?? null, failures: sorted.filter((f) => !f.ok) }
  }
  const empty: KindReport = { measured: 0, worst: null, failures: [] }
  const out: CareReport = { text: empty, target: empty, spacing: empty, overflow: empty }

  // Text nodes, once: text size and line spacing both read them.
  const texts: { node: Text; parent: Element; lines: DOMRect[] }[] = []
  if (only.includes('text') || only.includes('spacing')) {
    const roots: Node[] = [document.body, ...elements.filter((e) => e.shadowRoot).map((e) => e.shadowRoot!)]
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const node = n as Text
        const parent = node.parentElement
        if (!parent || !node.data.trim() || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(parent.tagName)) continue
        if (!shown(parent)) continue
        const range = document.createRange()
        range.selectNodeContents(node)
        const lines = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0)
        if (lines.length) texts.push({ node, parent, lines })
      }
    }
  }

  if (only.includes('text')) {
    const findings: Finding[] = []
    const judge = (el: Element, px: number, text: string, what = '') =>
      findings.push({ kind: 'text', selector: selectorOf(el) + what, text, size: `${round(px)}px`, value: px, ok: px >= limits.minTextPx - 0.05 })
    for (const t of texts) judge(t.parent, parseFloat(style(t.parent).fontSize), t.node.data.replace(/\s+/g, ' ').trim().slice(0, 24))
    for (const el of elements) {
      if (!shown(el)) continue
      // Form controls draw their value and placeholder themselves.
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
        if (el instanceof HTMLInputElement && ['checkbox', 'radio', 'hidden', 'range', 'color', 'file'].includes(el.type)) continue
        judge(el, parseFloat(style(el).fontSize), el.value || el.placeholder || '(empty field)')
        if (el.placeholder && !el.value) judge(el, parseFloat(getComputedStyle(el, '::placeholder').fontSize), el.placeholder, '::placeholder')
      }
      // Text that CSS draws (chevrons, ticks, counters).
      for (const pseudo of ['::before', '::after']) {
        const content = getComputedStyle(el, pseudo).content
        if (content && content !== 'none' && content !== 'normal' && /^["'].*\S.*["']$/.test(content)) {
          judge(el, parseFloat(getComputedStyle(el, pseudo).fontSize), content.slice(1, -1), pseudo)
        }
      }
    }
    out.text = report(findings, (a, b) => a.value - b.value)
  }

  if (only.includes('target')) {
    const ROLES = ['button', 'link', 'tab', 'switch', 'checkbox', 'radio', 'menuitem', 'option', 'slider', 'combobox', 'searchbox', 'textbox']
    const reactProps = (el: Element): Record<string, unknown> | undefined => {
      const key = Object.keys(el).find((k) => k.startsWith('__reactProps$'))
      return key ? ((el as unknown as Record<string, Record<string, unknown>>)[key] ?? undefined) : undefined
    }
    const interactive = (el: Element): boolean => {
      const tag = el.tagName
      if (tag === 'BUTTON' || tag === 'SELECT' || tag === 'TEXTAREA') return true
      if (tag === 'A' && el.hasAttribute('href')) return true
      if (tag === 'INPUT') return (el as HTMLInputElement).type !== 'hidden'
      const role = el.getAttribute('role')
      if (role && ROLES.includes(role)) return true
      const tabIndex = el.getAttribute('tabindex')
      if (tabIndex !== null && Number(tabIndex) >= 0) return true
      // A View with an onClick handler is a target even if nobody gave it a role.
      const props = reactProps(el)
      return !!props && (typeof props.onClick === 'function' || typeof props.onTap === 'function')
    }
    const findings: Finding[] = []
    for (const el of elements) {
      if (!interactive(el) || !shown(el)) continue
      // A native checkbox or radio hidden under Taro's drawn icon: its host element is the target.
      if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') && Number(style(el).opacity) < 0.05) continue
      const r = el.getBoundingClientRect()
      const side = Math.min(r.width, r.height)
      findings.push({
        kind: 'target',
        selector: selectorOf(el),
        text: textOf(el),
        size: `${round(r.width)}×${round(r.height)}`,
        value: side,
        ok: r.width >= limits.minTargetPx - 0.5 && r.height >= limits.minTargetPx - 0.5
      })
    }
    out.target = report(findings, (a, b) => a.value - b.value)
  }

  if (only.includes('spacing')) {
    const findings: Finding[] = []
    for (const t of texts) {
      // Distinct line boxes of this text node, top to bottom; the gap between two is the line pitch.
      const tops = Array.from(new Set(t.lines.map((r) => Math.round(r.top)))).sort((a, b) => a - b)
      const pitches: number[] = []
      for (let i = 1; i < tops.length; i++) if (tops[i] - tops[i - 1] > 2) pitches.push(tops[i] - tops[i - 1])
      if (!pitches.length) continue
      const font = parseFloat(style(t.parent).fontSize)
      const pitch = Math.min(...pitches)
      const ratio = pitch / font
      findings.push({
        kind: 'spacing',
        selector: selectorOf(t.parent),
        text: t.node.data.replace(/\s+/g, ' ').trim().slice(0, 24),
        size: `lines ${round(pitch)}px apart at ${round(font)}px (${ratio.toFixed(2)}×)`,
        value: ratio,
        ok: ratio >= limits.minLineSpacing - 0.02
      })
    }
    out.spacing = report(findings, (a, b) => a.value - b.value)
  }

  if (only.includes('overflow')) {
    // Page containers clip horizontally on purpose (Taro's router); content cut off by them is the
    // overflow this looks for. Deliberate horizontal scrollers inside the content are allowed.
    const isPageContainer = (el: Element) =>
      el === document.body || el === document.documentElement || el.id === 'app' || el.id === 'container' ||
      el.classList.contains('taro_router') || el.classList.contains('taro_page') || el.classList.contains('taro-tabbar__container') || el.classList.contains('taro-tabbar__panel')
    const clippedInside = (el: Element): boolean => {
      for (let e = parentOf(el); e && !isPageContainer(e); e = parentOf(e)) {
        const s = style(e)
        if (s.overflowX !== 'visible') return true
      }
      return false
    }
    const findings: Finding[] = []
    const doc = document.scrollingElement ?? document.documentElement
    if (doc.scrollWidth > doc.clientWidth + 1) {
      findings.push({ kind: 'overflow', selector: 'document', text: '', size: `scrollWidth ${doc.scrollWidth} > ${doc.clientWidth}`, value: doc.scrollWidth - doc.clientWidth, ok: false })
    }
    for (const el of elements) {
      if (!shown(el)) continue
      const r = el.getBoundingClientRect()
      const past = Math.max(r.right - vw, -r.left)
      if (past <= 1 || clippedInside(el)) continue
      findings.push({ kind: 'overflow', selector: selectorOf(el), text: textOf(el), size: `${round(r.left)}…${round(r.right)} of ${vw}px (${round(past)}px out)`, value: past, ok: false })
    }
    // Measured: every shown element; only those past an edge are findings.
    const measured = elements.filter((e) => shown(e)).length
    const r = report(findings, (a, b) => b.value - a.value)
    out.overflow = { ...r, measured }
  }

  return out
}
