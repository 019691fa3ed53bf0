// One page of the running app, as a worker meets it: its text, taps, typing, pull-down, scrolling
// to the bottom, and the share menu's two entries. Lifecycles are called in WeChat's order by the
// app driver; everything the page's code throws is recorded, never thrown into the test.
// https://developers.weixin.qq.com/miniprogram/dev/reference/api/Page.html
import type { WeappApp } from './app'
import { checkLabelled, pickIn, tapOn, typeInto, wxAttribute } from './gestures'

/** The j-component instance simulate renders (only what the harness uses). */
export interface RenderedComponent {
  dom: Element
  instance: Record<string, unknown> & { data: Record<string, unknown> }
  attach: (parent: Element) => void
  detach: () => void
}

type PageMethod = (...args: unknown[]) => unknown

export class PageHandle {
  ready = false
  private visible = false

  constructor(
    readonly app: WeappApp,
    readonly route: string,
    readonly query: Record<string, string>,
    readonly component: RenderedComponent,
    readonly container: Element
  ) {}

  get instance(): Record<string, unknown> {
    return this.component.instance
  }

  private call(name: string, ...args: unknown[]): unknown {
    const fn = this.instance[name] as PageMethod | undefined
    if (typeof fn !== 'function') return undefined
    return this.app.guard(`${this.route}.${name}`, () => fn.apply(this.instance, args))
  }

  /** onLoad(query) → onShow → onReady, with `route` and `options` set as WeChat sets them. */
  async load(): Promise<void> {
    Object.assign(this.instance, { route: this.route, __route__: this.route, options: { ...this.query } })
    this.call('onLoad', { ...this.query })
    this.show()
    // onReady follows the first render, a turn of the event loop later.
    await new Promise((r) => setTimeout(r, 0))
    this.call('onReady')
    this.ready = true
  }

  show(): void {
    if (this.visible) return
    this.visible = true
    this.call('onShow')
  }

  hide(): void {
    if (!this.visible) return
    this.visible = false
    this.call('onHide')
  }

  unload(): void {
    this.hide()
    this.call('onUnload')
    this.component.detach()
    this.container.remove()
  }

  /** What the worker reads: the page's text, whitespace collapsed. */
  text(): string {
    return (this.component.dom.textContent ?? '').replace(/\s+/g, ' ').trim()
  }

  /** Waits until the page shows `expected` (text or pattern). */
  async waitForText(expected: string | RegExp, timeoutMs = 20_000): Promise<void> {
    await this.waitFor(() => (typeof expected === 'string' ? this.text().includes(expected) : expected.test(this.text())), `页面 ${this.route} 出现「${expected}」`, timeoutMs)
  }

  /** Waits until `check` holds, retrying; fails with `what` and the page's text at the deadline. */
  async waitFor(check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      if (check()) return
      if (Date.now() > deadline) throw new Error(`等待超时：${what}\n页面文字: ${this.text().slice(0, 1500)}`)
      await new Promise((r) => setTimeout(r, 25))
    }
  }

  /** The innermost element whose text contains `text` (the last one when `nth` is -1). */
  find(text: string | RegExp, nth = 0): Element {
    const all = [...this.component.dom.querySelectorAll('*')].filter((el) => {
      const t = (el.textContent ?? '').replace(/\s+/g, ' ')
      const hit = typeof text === 'string' ? t.includes(text) : text.test(t)
      return hit && ![...el.children].some((c) => (typeof text === 'string' ? (c.textContent ?? '').replace(/\s+/g, ' ').includes(text) : text.test((c.textContent ?? '').replace(/\s+/g, ' '))))
    })
    const el = nth < 0 ? all[all.length + nth] : all[nth]
    if (!el) throw new Error(`页面 ${this.route} 上找不到「${text}」\n页面文字: ${this.text().slice(0, 1500)}`)
    return el
  }

  /** Taps what shows `text` (or the element given), as a finger would: WeChat's tap bubbles up. */
  async tap(target: string | RegExp | Element, nth = 0): Promise<void> {
    const el = typeof target === 'string' || target instanceof RegExp ? this.find(target, nth) : target
    tapOn(this.app, this, el)
    await new Promise((r) => setTimeout(r, 0))
  }

  /** Ticks the checkbox whose label shows `text`. */
  async check(text: string): Promise<void> {
    checkLabelled(this.app, this.find(text))
    await new Promise((r) => setTimeout(r, 0))
  }

  /** Types `value` into the input or textarea found by its placeholder (or the element given). */
  async type(target: string | Element, value: string): Promise<void> {
    const el = typeof target === 'string' ? this.inputByPlaceholder(target) : target
    typeInto(this.app, el, value)
    await new Promise((r) => setTimeout(r, 0))
  }

  inputByPlaceholder(placeholder: string): Element {
    const el = [...this.component.dom.querySelectorAll('wx-input, wx-textarea')].find((e) => (wxAttribute(e, 'placeholder') ?? '').includes(placeholder))
    if (!el) throw new Error(`页面 ${this.route} 上找不到提示为「${placeholder}」的输入框`)
    return el
  }

  /** The input, textarea or picker of the form field labelled `label` (the nearest one after the label). */
  controlByLabel(label: string, selector = 'wx-input, wx-textarea, wx-picker'): Element {
    const text = this.find(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`))
    for (let el: Element | null = text.parentElement; el && el !== this.component.dom; el = el.parentElement) {
      const control = el.querySelector(selector)
      if (control) return control
    }
    throw new Error(`页面 ${this.route} 上「${label}」旁没有输入控件`)
  }

  /** Picks in the picker of the field labelled `label` (see pickIn: no value keeps the wheel where it opened). */
  async pick(label: string, value?: string | number): Promise<void> {
    pickIn(this.app, this.controlByLabel(label, 'wx-picker'), value)
    await new Promise((r) => setTimeout(r, 0))
  }

  /** The user pulls down to refresh. */
  pullDownRefresh(): void {
    this.call('onPullDownRefresh')
  }

  /** The user scrolls to the bottom. */
  reachBottom(): void {
    this.call('onReachBottom')
  }

  /** The user taps 转发 in the ⋯ menu; returns what the page gives WeChat, JSON-crossed. */
  async shareAppMessage(from: 'menu' | 'button' = 'menu'): Promise<Record<string, unknown>> {
    const result = await this.call('onShareAppMessage', { from, webViewUrl: '' })
    return JSON.parse(JSON.stringify(result ?? {}))
  }

  /** The user taps 分享到朋友圈. */
  async shareTimeline(): Promise<Record<string, unknown>> {
    const result = await this.call('onShareTimeline')
    return JSON.parse(JSON.stringify(result ?? {}))
  }

  /** The inline style of the innermost element showing `text` and of its ancestors, nearest first. */
  stylesAround(text: string): string[] {
    const styles: string[] = []
    for (let el: Element | null = this.find(text); el && el !== this.component.dom; el = el.parentElement) {
      const s = el.getAttribute('style')
      if (s) styles.push(s)
    }
    return styles
  }
}
