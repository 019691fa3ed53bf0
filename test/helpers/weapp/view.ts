// WeChat's view layer as far as Node can have it: WeChat's own WXML compiler (wcc, through
// miniprogram-simulate's 'official' compiler) and its component model (exparser, through
// j-component), drawing into a jsdom document. No layout and no CSS: that is for DevTools and phones.
import { JSDOM } from 'jsdom'

// simulate's own typings pull in miniprogram-api-typings, whose global `require` would replace
// Node's for the whole project: only what the harness uses is typed here.
interface Simulate {
  load: (componentPath: string, options: { rootPath: string; compiler: 'official' | 'simulate' }) => string
  render: (id: string) => import('./page').RenderedComponent
}
type RunJs = (file: string) => unknown

let simulate: Simulate | undefined
let runJs: RunJs = () => {
  throw new Error('页面脚本须在小程序逻辑层中运行：没有活动的 realm')
}

/** The jsdom window the view draws into (one per test file). */
export let viewWindow: JSDOM['window']

/** Loads simulate once, into a jsdom document, with page scripts handed to `runJs`. */
export function viewLayer(): Simulate {
  if (simulate) return simulate
  const dom = new JSDOM('<!doctype html><html><body></body></html>')
  viewWindow = dom.window
  const g = globalThis as Record<string, unknown>
  g.window = dom.window
  g.document = dom.window.document
  // j-component dispatches jsdom events: Node's own Event/CustomEvent are not jsdom's and throw.
  g.Event = dom.window.Event
  g.CustomEvent = dom.window.CustomEvent
  g.TouchEvent = dom.window.TouchEvent ?? dom.window.Event
  g.Element = dom.window.Element
  g.Node = dom.window.Node
  g.HTMLElement = dom.window.HTMLElement
  // simulate's defaults put its own `wx` mock and `Component` on Node's global; the app never
  // sees them (it runs in its own realm), and pages are registered through our bridge.
   
  simulate = require('miniprogram-simulate') as Simulate
   
  const utils = require('miniprogram-simulate/src/utils') as { runJs: RunJs }
  utils.runJs = (file: string) => runJs(`${file}.js`)
  return simulate
}

/** Where simulate sends each component's JS: the app's logic-layer realm. */
export function setScriptRunner(runner: RunJs): void {
  runJs = runner
}

/** simulate's `Component` constructor (it reads which component is loading from its own state). */
export function simulateComponent(): (options: Record<string, unknown>) => void {
  viewLayer()
  return (globalThis as unknown as { Component: (options: Record<string, unknown>) => void }).Component
}
