// Props of a Taro View or Text, turned into what React puts on the element: the same attributes
// Taro's own React wrapper writes (scalars under their dash-case names, events left to React),
// with `class` and `tabindex` spelt as React 18 needs them on a custom element's tag. `style` is
// React's object form, the only one the app writes (Taro also takes a string there).
import { createElement, type ReactNode, type Ref } from 'react'

const dashCase = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

export interface HostProps {
  className?: string
  style?: unknown
  children?: ReactNode
  [prop: string]: unknown
}

/** `<tag>` with `props` as Taro's wrapper would write them, plus `extraClass`. */
export function hostElement(tag: string, { className, style, children, ...props }: HostProps, ref: Ref<HTMLElement>, extraClass?: string) {
  const attributes: Record<string, unknown> = { ref, style }
  for (const [name, value] of Object.entries(props)) {
    if (/^on[A-Z]/.test(name)) attributes[name] = value
    else if (name === 'tabIndex') attributes.tabindex = value
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') attributes[dashCase(name)] = value
  }
  const classes = [className, extraClass].filter(Boolean).join(' ')
  if (classes) attributes.class = classes
  return createElement(tag, attributes, children)
}
