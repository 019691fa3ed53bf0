// A finger on the page: taps and typing delivered through WeChat's component model (exparser), so
// they reach the app's handler as WeChat's would — bubbling from the touched node, JSON-crossed.
// Buttons with an open-type do what WeChat's native button does (agree to the privacy guide, share).
import type { WeappApp } from './app'
import type { PageHandle } from './page'
import { viewLayer } from './view'

interface Exparser {
  Event: { create: (name: string, detail: unknown, options: Record<string, unknown>) => unknown; dispatchEvent: (target: unknown, event: unknown) => void }
}

// Loaded only after view.ts has put jsdom's window in place: exparser picks its DOM backend on load.
function exparser(): Exparser {
  viewLayer()
   
  return require('miniprogram-exparser') as Exparser
}

type WxDom = Element & { __wxElement?: unknown }

function wxTarget(el: Element): WxDom {
  for (let e: Element | null = el; e; e = e.parentElement) if ((e as WxDom).__wxElement) return e as WxDom
  throw new Error('点击的元素不在小程序的组件树中')
}

function fire(el: WxDom, name: string, detail: unknown): void {
  const { Event } = exparser()
  Event.dispatchEvent(
    el.__wxElement,
    Event.create(name, detail ?? {}, { bubbles: true, capturePhase: true, composed: true, extraFields: { touches: [], changedTouches: [] } })
  )
}

/** An attribute as the WXML template set it (exparser keeps them; simulate reflects only class and style). */
export function wxAttribute(el: Element, name: string): string | undefined {
  const node = (el as WxDom).__wxElement as { _vt?: { attrs?: { name: string; value: unknown }[] } } | undefined
  const attr = node?._vt?.attrs?.find((a) => a.name === name)
  return attr === undefined ? (el.getAttribute(name) ?? undefined) : String(attr.value)
}

function openTypeOf(el: Element): { button: WxDom; openType: string } | undefined {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.tagName.toLowerCase() === 'wx-button') {
      const openType = wxAttribute(e, 'openType') || wxAttribute(e, 'open-type') || ''
      return openType ? { button: e as WxDom, openType } : undefined
    }
  }
  return undefined
}

/** Taps `el`: WeChat's `tap`, then what a native button's open-type does. */
export function tapOn(app: WeappApp, page: PageHandle, el: Element): void {
  const target = wxTarget(el)
  app.ctx.gesture.inTap = true
  try {
    app.guard(`tap ${page.route}`, () => fire(target, 'tap', { x: 0, y: 0 }))
    const native = openTypeOf(el)
    if (native?.openType === 'agreePrivacyAuthorization') {
      const privacy = app.standIn.privacy
      privacy.agreed = true
      privacy.pendingResolve?.({ event: 'agree', buttonId: native.button.id })
      app.guard(`agreeprivacyauthorization ${page.route}`, () => fire(native.button, 'agreeprivacyauthorization', {}))
    }
  } finally {
    app.ctx.gesture.inTap = false
  }
  if (openTypeOf(el)?.openType === 'share') void page.shareAppMessage('button')
}

/** Types into an input: WeChat sends `input` with the whole value, then `blur` sends it again. */
export function typeInto(app: WeappApp, el: Element, value: string): void {
  const target = wxTarget(el)
  app.guard('input', () => fire(target, 'input', { value, cursor: value.length, keyCode: 0 }))
}

/** Taps the checkbox labelled by `label`: WeChat's checkbox-group sends `change` with the checked values. */
export function checkLabelled(app: WeappApp, label: Element): void {
  const holder = label.closest('wx-label') ?? label.parentElement
  const box = holder?.querySelector('wx-checkbox')
  const group = label.closest('wx-checkbox-group')
  if (!box || !group) throw new Error('「' + (label.textContent ?? '') + '」旁没有复选框')
  const value = wxAttribute(box, 'value') ?? ''
  app.ctx.gesture.inTap = true
  try {
    app.guard('checkbox change', () => fire(wxTarget(group), 'change', { value: [value] }))
  } finally {
    app.ctx.gesture.inTap = false
  }
}

/**
 * Picks in WeChat's native picker and taps 确定: `change` with `detail.value` as the picker's mode
 * sends it (selector: the option's index; date: 'YYYY-MM-DD'). Without `value` the wheel stays
 * where it opened (the picker's own `value`), as a worker who only taps 确定.
 * https://developers.weixin.qq.com/miniprogram/dev/component/picker.html
 */
export function pickIn(app: WeappApp, picker: Element, value?: string | number): void {
  if (picker.tagName.toLowerCase() !== 'wx-picker') throw new Error('不是 picker 组件')
  const mode = wxAttribute(picker, 'mode') ?? 'selector'
  const opened = wxAttribute(picker, 'value') ?? ''
  const chosen = value ?? (mode === 'selector' ? Number(opened || 0) : opened)
  if (mode === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(String(chosen))) throw new Error(`日期选择器的值须为 YYYY-MM-DD：${String(chosen)}`)
  app.ctx.gesture.inTap = true
  try {
    app.guard('picker change', () => fire(wxTarget(picker), 'change', { value: chosen }))
  } finally {
    app.ctx.gesture.inTap = false
  }
}
