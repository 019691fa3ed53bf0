// The sizes a page's WXSS gives its elements, worked out without a layout engine: the page's own
// stylesheet and app.wxss (with their @imports) are matched against the rendered tree, cascaded by
// importance, specificity and order, with the inline style the page sets through setData last;
// custom properties inherit and var()/calc()/min()/max() are evaluated; rpx is converted at a
// 375 px window (1 rpx = 0.5 px), PX is px, em/% follow the parent's font size.
// What it cannot see: anything decided by layout (a block's width, text wrapping, flex growth),
// selectors with states or pseudo-elements (:active, ::after), @media rules, native components'
// own drawing, and WeChat's own tab bar and navigation bar.
import { readFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import postcss from 'postcss'

const RPX = 375 / 750
/** WeChat's default page font size. */
const ROOT_FONT = 16
/** simulate prefixes the classes it renders with the component's name. */
const CLASS_PREFIX = 'main--'

interface Rule {
  selector: string
  specificity: number
  order: number
  decls: { prop: string; value: string; important: boolean }[]
}

/** A stylesheet's text with its @imports inlined (paths relative to the file, or to the package root). */
function readWxss(root: string, file: string, seen = new Set<string>()): string {
  if (seen.has(file) || !existsSync(file)) return ''
  seen.add(file)
  return readFileSync(file, 'utf8').replace(/@import\s+["']([^"']+)["'];?/g, (_m, ref: string) =>
    readWxss(root, ref.startsWith('/') ? path.join(root, ref) : path.resolve(path.dirname(file), ref), seen)
  )
}

const STATE = /::|:(hover|active|focus|focus-visible|focus-within|visited|checked|disabled|before|after)\b/

/**
 * The selector in the rendered tree's terms, and its specificity; null when it depends on a state
 * or a pseudo-element. WXSS selectors are simple (classes, tags, :not(), structural pseudo-classes),
 * so tokens are enough: no attribute values with dots or colons reach here.
 */
function translate(selector: string): { css: string; specificity: number } | null {
  if (STATE.test(selector) || /[[\]"']/.test(selector)) return null
  let specificity = 0
  const css = selector
    .replace(/\.([\w-]+)/g, (_m, name: string) => {
      specificity += 100
      return `.${CLASS_PREFIX}${name}`
    })
    .replace(/#[\w-]+/g, (m) => {
      specificity += 10_000
      return m
    })
    .replace(/:(?!not\()[\w-]+(\([^)]*\))?/g, (m) => {
      specificity += 100
      return m
    })
    // `page` is the page's root; WXML tags render as wx-<tag>.
    .replace(/(^|[\s>+~(,])([a-z][\w-]*)/g, (_m, before: string, tag: string) => {
      specificity += 1
      return `${before}${tag === 'page' ? 'main' : `wx-${tag}`}`
    })
  return { css, specificity }
}

/** The rules of app.wxss and the page's stylesheet, in source order, plus `extraCss` (planted checks). */
export function pageRules(root: string, route: string, extraCss = ''): Rule[] {
  const text = readWxss(root, path.join(root, 'app.wxss')) + readWxss(root, path.join(root, `${route}.wxss`)) + extraCss
  const rules: Rule[] = []
  postcss.parse(text).walkRules((rule) => {
    // @media and @keyframes content depends on the device or on time.
    if (rule.parent?.type === 'atrule') return
    const decls = (rule.nodes ?? []).flatMap((d) => (d.type === 'decl' ? [{ prop: d.prop, value: d.value, important: Boolean(d.important) }] : []))
    for (const selector of rule.selectors) {
      const t = translate(selector)
      if (t) rules.push({ selector: t.css, specificity: t.specificity, order: rules.length, decls })
    }
  })
  return rules
}

/** What the cascade gives one element. Lengths in px; undefined where the WXSS says nothing usable. */
export interface Computed {
  fontSize: number
  /** Line height in px. */
  lineHeight: number
  vars: Map<string, string>
  display: string
  boxSizing: string
  position: string
  minHeight?: number
  height?: number
  minWidth?: number
  width?: number
  padding: { top: number; right: number; bottom: number; left: number }
}

// ---- values ------------------------------------------------------------------------------

function substitute(value: string, vars: Map<string, string>, depth = 0): string {
  if (depth > 20) return value
  const out = value.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*((?:[^()]|\([^()]*\))*))?\)/g, (_m, name: string, fallback?: string) => vars.get(name) ?? fallback?.trim() ?? 'unset')
  return out.includes('var(') && out !== value ? substitute(out, vars, depth + 1) : out
}

/** Evaluates a length expression to px; null when it needs layout (%, vw of a parent…) or is a keyword. */
export function toPx(value: string, em: number): number | null {
  const tokens = value.trim().match(/-?[\d.]+(?:e-?\d+)?[a-zA-Z%]*|[a-z-]+\(|[()+\-*/,]|[a-z-]+/gi)
  if (!tokens) return null
  let i = 0
  const peek = () => tokens[i]
  const next = () => tokens[i++]
  const unit = (t: string): number | null => {
    const m = /^(-?[\d.]+(?:e-?\d+)?)([a-zA-Z%]*)$/.exec(t)
    if (!m) return null
    const n = Number(m[1])
    switch (m[2].toLowerCase()) {
      case '':
        return n
      case 'px':
        return n
      case 'rpx':
        return n * RPX
      case 'em':
        return n * em
      case 'rem':
        return n * ROOT_FONT
      case 'vw':
        return (n * 375) / 100
      default:
        return null
    }
  }
  const primary = (): number | null => {
    const t = next()
    if (t === undefined) return null
    if (t === '(') {
      const v = sum()
      next()
      return v
    }
    if (/^(calc|min|max|clamp)\($/i.test(t)) {
      const args: (number | null)[] = [sum()]
      while (peek() === ',') {
        next()
        args.push(sum())
      }
      next()
      if (args.some((a) => a === null)) return null
      const nums = args as number[]
      const fn = t.slice(0, -1).toLowerCase()
      if (fn === 'calc') return nums[0]
      if (fn === 'min') return Math.min(...nums)
      if (fn === 'max') return Math.max(...nums)
      return Math.min(Math.max(nums[0], nums[1]), nums[2])
    }
    if (t === '-') {
      const v = primary()
      return v === null ? null : -v
    }
    return unit(t)
  }
  const product = (): number | null => {
    let v = primary()
    while (peek() === '*' || peek() === '/') {
      const op = next()
      const r = primary()
      if (v === null || r === null) return null
      v = op === '*' ? v * r : v / r
    }
    return v
  }
  function sum(): number | null {
    let v = product()
    while (peek() === '+' || peek() === '-') {
      const op = next()
      const r = product()
      if (v === null || r === null) return null
      v = op === '+' ? v + r : v - r
    }
    return v
  }
  const result = sum()
  return i === tokens.length ? result : null
}

function parseInline(style: string): { prop: string; value: string; important: boolean }[] {
  return style
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .flatMap((d) => {
      const at = d.indexOf(':')
      if (at < 0) return []
      const value = d.slice(at + 1).trim()
      return [{ prop: d.slice(0, at).trim(), value: value.replace(/\s*!important$/, ''), important: /!important$/.test(value) }]
    })
}

// ---- the cascade ---------------------------------------------------------------------------

const SIZE_TOKEN = /^([\d.]+(rpx|px|PX|em|rem|%)|(calc|min|max|clamp)\(.*\))$/

/**
 * The longhands of a `font` shorthand ([style] [weight] size[/line-height] family): size and
 * line height (`normal` when left out, as CSS resets it), and the weight when given.
 */
export function fontLonghands(value: string): [string, string][] {
  const tokens = value.replace(/\s*\/\s*/g, ' / ').trim().split(/\s+(?![^(]*\))/)
  const at = tokens.findIndex((t) => SIZE_TOKEN.test(t))
  if (at < 0) return []
  const weight = tokens.slice(0, at).find((t) => /^(bold|bolder|lighter|[1-9]00)$/.test(t)) ?? 'normal'
  const lineHeight = tokens[at + 1] === '/' ? tokens[at + 2] : 'normal'
  return [['font-size', tokens[at]], ['line-height', lineHeight], ['font-weight', weight]]
}

const INHERITED_DEFAULT_LINE = 1.2

/** Computes every element under `rootEl` (simulate's <main>), parents first. */
export function cascade(rootEl: Element, rules: Rule[]): Map<Element, Computed> {
  const out = new Map<Element, Computed>()
  const rootComputed: Computed = { fontSize: ROOT_FONT, lineHeight: ROOT_FONT * INHERITED_DEFAULT_LINE, vars: new Map(), display: 'block', boxSizing: 'content-box', position: 'static', padding: { top: 0, right: 0, bottom: 0, left: 0 } }
  const visit = (el: Element, parent: Computed, parentLineFactor: number | null) => {
    const matched = rules.filter((r) => {
      try {
        return el.matches(r.selector)
      } catch {
        return false
      }
    })
    const decls = matched
      .flatMap((r) => r.decls.map((d) => ({ ...d, specificity: r.specificity, order: r.order })))
      .concat(parseInline(el.getAttribute('style') ?? '').map((d) => ({ ...d, specificity: 1_000_000, order: Infinity })))
      .sort((a, b) => Number(a.important) - Number(b.important) || a.specificity - b.specificity || a.order - b.order)
    const own = new Map<string, string>()
    for (const d of decls) if (d.prop.startsWith('--')) own.set(d.prop, d.value)
    // Custom properties: inherited, then this element's own, resolved against this element.
    const vars = new Map(parent.vars)
    for (const [prop, value] of own) vars.set(prop, value)
    for (const [prop, value] of own) vars.set(prop, substitute(value, vars))
    // The rest in cascade order; a `font` shorthand sets its longhands where it stands.
    for (const d of decls) {
      if (d.prop.startsWith('--')) continue
      if (d.prop === 'font') for (const [prop, value] of fontLonghands(substitute(d.value, vars))) own.set(prop, value)
      else own.set(d.prop, d.value)
    }
    const get = (prop: string) => {
      const v = own.get(prop)
      return v === undefined ? undefined : substitute(v, vars)
    }
    const fsValue = get('font-size')
    let fontSize = parent.fontSize
    if (fsValue && !/^(inherit|unset)$/.test(fsValue)) {
      const v = fsValue.trim().endsWith('%') && !fsValue.includes('(') ? (parseFloat(fsValue) / 100) * parent.fontSize : toPx(fsValue, parent.fontSize)
      if (v !== null) fontSize = v
    }
    // Unitless line heights inherit as factors; lengths as lengths.
    let factor = parentLineFactor
    let lineHeight = factor !== null ? factor * fontSize : parent.lineHeight
    const lh = get('line-height')
    if (lh && !/^(inherit|unset)$/.test(lh)) {
      if (/^[\d.]+$/.test(lh.trim())) {
        factor = Number(lh)
        lineHeight = factor * fontSize
      } else if (lh.trim() === 'normal') {
        factor = INHERITED_DEFAULT_LINE
        lineHeight = factor * fontSize
      } else {
        const v = toPx(lh, fontSize)
        if (v !== null) {
          factor = null
          lineHeight = v
        }
      }
    }
    const len = (prop: string) => {
      const v = get(prop)
      return v === undefined ? undefined : (toPx(v, fontSize) ?? undefined)
    }
    const padding = { top: 0, right: 0, bottom: 0, left: 0 }
    const shorthand = get('padding')
    if (shorthand) {
      const parts = shorthand.split(/\s+(?![^(]*\))/).map((p) => toPx(p, fontSize) ?? 0)
      const [t, r = t, b = t, l = r] = parts
      Object.assign(padding, { top: t, right: r, bottom: b, left: l })
    }
    for (const side of ['top', 'right', 'bottom', 'left'] as const) {
      const v = len(`padding-${side}`)
      if (v !== undefined) padding[side] = v
    }
    const computed: Computed = {
      fontSize,
      lineHeight,
      vars,
      display: get('display') ?? (el.tagName.toLowerCase() === 'wx-text' ? 'inline' : 'block'),
      boxSizing: get('box-sizing') ?? 'content-box',
      position: get('position') ?? 'static',
      minHeight: len('min-height'),
      height: len('height'),
      minWidth: len('min-width'),
      width: len('width'),
      padding
    }
    out.set(el, computed)
    for (const child of el.children) visit(child, computed, factor)
  }
  visit(rootEl, rootComputed, INHERITED_DEFAULT_LINE)
  return out
}
