// Boots dist/ as WeChat does (app.js, App's onLaunch/onShow, the first page) and keeps WeChat's page
// stack: pages load, show, hide and unload in WeChat's order as the app navigates. One WeappApp is
// one user on one phone; tests drive it through the pages it opens (PageHandle).
import path from 'node:path'
import { WEAPP_OUT } from '../../../scripts/paths'
import type { TestCloudbase } from '../local-cloudbase'
import { constructors } from './bridge'
import { readManifest, type Manifest } from './manifest'
import { PageHandle } from './page'
import { createRealm, type Realm } from './realm'
import { Recorder } from './recorder'
import { watchRejections } from './rejections'
import { setScriptRunner, simulateComponent, viewLayer, viewWindow } from './view'
import { defaultChoices, defaultDevice, type DeviceSettings, type UserChoices, type WxContext } from './wx/context'
import { createWx, type WxStandIn } from './wx/index'
import { DeviceStorage } from './wx/storage'
import { TempFiles } from './wx/temp-files'

export interface LaunchOptions {
  cloudbase: TestCloudbase
  openid: string
  /** The package to run; dist/ unless a test plants bugs in a copy. */
  root?: string
  device?: Partial<DeviceSettings>
  choices?: Partial<UserChoices>
  /** The phone's storage, to relaunch with what an earlier run left. */
  storage?: DeviceStorage
  /** The page WeChat opens first, as a url (default: the first page of app.json). */
  entry?: string
  scene?: number
}

type AppOptions = Record<string, (...args: unknown[]) => unknown>

export class WeappApp {
  readonly recorder = new Recorder()
  readonly manifest: Manifest
  readonly ctx: WxContext
  readonly storage: DeviceStorage
  readonly standIn: WxStandIn
  /** The page stack, bottom first. */
  readonly stack: PageHandle[] = []
  private readonly realm: Realm
  /** Tab pages WeChat keeps loaded while another tab is shown. */
  private readonly parkedTabs = new Map<string, PageHandle>()
  private readonly simulateIds = new Map<string, string>()
  private readonly definitions = new Map<string, Record<string, unknown>>()
  private loadingFile = ''
  private appOptions?: AppOptions
  private launch = { path: '', query: {} as Record<string, string>, scene: 1001 }
  private stopWatchingRejections?: () => void

  constructor(private readonly options: LaunchOptions) {
    const root = options.root ?? WEAPP_OUT
    this.manifest = readManifest(root)
    this.storage = options.storage ?? new DeviceStorage()
    this.ctx = {
      root,
      manifest: this.manifest,
      recorder: this.recorder,
      persona: { openid: options.openid, appid: 'wx-local-futian' },
      choices: { ...defaultChoices(), ...options.choices },
      device: { ...defaultDevice(), ...options.device },
      files: new TempFiles(),
      cloudbase: options.cloudbase,
      gesture: { inTap: false },
      navigator: {
        routes: () => this.stack.map((p) => p.route),
        push: (route, query) => this.push(route, query),
        redirect: (route, query) => this.redirect(route, query),
        switchTab: (route) => this.switchTab(route),
        reLaunch: (route, query) => this.reLaunch(route, query),
        back: (delta) => this.back(delta)
      }
    }
    this.standIn = createWx(this.ctx, this.storage, () => this.launch)
    viewLayer()
    const register = simulateComponent()
    const { Page, Component } = constructors(
      (definition) => {
        this.definitions.set(this.loadingFile, definition)
        register(definition)
      },
      this.recorder,
      () => path.relative(root, this.loadingFile)
    )
    this.realm = createRealm(
      root,
      {
        wx: this.standIn.wx,
        App: (appOptions) => {
          this.appOptions = appOptions as AppOptions
        },
        Page,
        Component,
        Behavior: (definition) => definition,
        getApp: () => this.appOptions,
        getCurrentPages: () => this.stack.map((p) => p.instance)
      },
      this.recorder
    )
    this.ctx.logicLayerPromise = this.realm.Promise
  }

  /** Runs app.js and opens the entry page, as WeChat does on a cold start. */
  async start(): Promise<PageHandle> {
    const entry = this.options.entry ?? this.manifest.pages[0]
    const [route, rawQuery = ''] = entry.replace(/^\//, '').split('?')
    const query = Object.fromEntries(new URLSearchParams(rawQuery))
    this.launch = { path: route, query, scene: this.options.scene ?? 1001 }
    this.stopWatchingRejections = watchRejections({ owns: (p) => this.realm.ownsPromise(p), report: (reason, p) => this.unhandledRejection(reason, p) })
    this.guard('app.js', () => this.realm.require(path.join(this.ctx.root, 'app.js')))
    if (!this.appOptions) throw new Error('app.js 没有调用 App()')
    this.guard('App.onLaunch', () => this.appOptions!.onLaunch?.call(this.appOptions, { ...this.launch }))
    this.guard('App.onShow', () => this.appOptions!.onShow?.call(this.appOptions, { ...this.launch }))
    await this.open(route, query)
    return this.current
  }

  get current(): PageHandle {
    const top = this.stack[this.stack.length - 1]
    if (!top) throw new Error('页面栈为空')
    return top
  }

  /** The user taps a tab of WeChat's tab bar (by its text): WeChat switches tab itself. */
  async tapTabBar(text: string): Promise<PageHandle> {
    const tab = this.manifest.json.tabBar?.list.find((t) => t.text === text)
    if (!tab) throw new Error(`tab bar 中没有「${text}」`)
    await this.switchTab(tab.pagePath)
    return this.waitForPage(tab.pagePath)
  }

  /** WeChat opens `url` afresh (a share card, a notice, a scan while the app runs). */
  async reLaunchTo(url: string): Promise<PageHandle> {
    const [route, rawQuery = ''] = url.replace(/^\//, '').split('?')
    await this.reLaunch(route, Object.fromEntries(new URLSearchParams(rawQuery)))
    return this.waitForPage(route)
  }

  /** Waits until the top page is `route` (navigation is asynchronous, as in WeChat). */
  async waitForPage(route: string, timeoutMs = 20_000): Promise<PageHandle> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const top = this.stack[this.stack.length - 1]
      if (top?.route === route && top.ready) return top
      if (Date.now() > deadline) throw new Error(`等待页面 ${route} 超时；当前页面栈: ${this.stack.map((p) => p.route).join(' > ')}`)
      await new Promise((r) => setTimeout(r, 20))
    }
  }

  /** Unloads every page and stops taking the realm's unhandled rejections (later ones reach jest). */
  close(): void {
    this.unloadAll()
    this.stopWatchingRejections?.()
  }

  /** A promise of the app rejected with nobody to catch it: what WeChat passes to App.onUnhandledRejection. */
  private unhandledRejection(reason: unknown, promise: Promise<unknown>): void {
    const page = this.stack[this.stack.length - 1]?.route ?? '(无页面)'
    const text = reason instanceof Error || (typeof reason === 'object' && reason !== null && 'stack' in reason) ? String((reason as Error).stack) : safeJson(reason)
    this.recorder.problem('unhandled-rejection', `${page}: ${text}`)
    this.guard('App.onUnhandledRejection', () => this.appOptions?.onUnhandledRejection?.call(this.appOptions, { reason, promise }))
  }

  private unloadAll(): void {
    while (this.stack.length > 0) this.stack.pop()!.unload()
    for (const page of this.parkedTabs.values()) page.unload()
    this.parkedTabs.clear()
  }

  /** Runs app code, recording what it throws as WeChat's console would show it. */
  guard(where: string, fn: () => unknown): unknown {
    try {
      return fn()
    } catch (error) {
      this.recorder.problem('uncaught-error', `${where}: ${(error as Error)?.stack ?? String(error)}`)
      return undefined
    }
  }

  private componentId(route: string): string {
    const known = this.simulateIds.get(route)
    if (known) return known
    // simulate runs each component's JS per load; a webpack chunk registers only the first time it
    // runs, so a component already defined is registered again from its recorded definition.
    setScriptRunner((file) => {
      const previous = this.loadingFile
      this.loadingFile = file
      try {
        const definition = this.definitions.get(file)
        if (definition) simulateComponent()(definition)
        else this.realm.require(file)
      } finally {
        this.loadingFile = previous
      }
    })
    const id = viewLayer().load(path.join(this.ctx.root, route), { rootPath: this.ctx.root, compiler: 'official' })
    this.simulateIds.set(route, id)
    return id
  }

  private async open(route: string, query: Record<string, string>): Promise<PageHandle> {
    const id = this.componentId(route)
    const component = viewLayer().render(id)
    const container = viewWindow.document.createElement('div')
    viewWindow.document.body.appendChild(container)
    component.attach(container)
    const page = new PageHandle(this, route, query, component, container)
    this.stack.push(page)
    await page.load()
    return page
  }

  private async push(route: string, query: Record<string, string>): Promise<void> {
    this.current.hide()
    await this.open(route, query)
  }

  private async redirect(route: string, query: Record<string, string>): Promise<void> {
    this.stack.pop()?.unload()
    await this.open(route, query)
  }

  private async switchTab(route: string): Promise<void> {
    // Every page is closed except tab pages, which stay loaded (hidden) and are shown again.
    for (const page of [...this.stack].reverse()) {
      if (this.manifest.tabPages.includes(page.route)) {
        page.hide()
        this.parkedTabs.set(page.route, page)
      } else page.unload()
    }
    this.stack.length = 0
    const existing = this.parkedTabs.get(route)
    if (existing) {
      this.parkedTabs.delete(route)
      this.stack.push(existing)
      existing.show()
      return
    }
    await this.open(route, {})
  }

  private async reLaunch(route: string, query: Record<string, string>): Promise<void> {
    this.unloadAll()
    await this.open(route, query)
  }

  private async back(delta: number): Promise<void> {
    const keep = Math.max(1, this.stack.length - delta)
    while (this.stack.length > keep) this.stack.pop()!.unload()
    this.current.show()
  }
}

/** A rejection reason as text: wx failures are plain objects ({ errMsg }), which String() would hide. */
function safeJson(value: unknown): string {
  try {
    return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
  } catch {
    return String(value)
  }
}

/** Starts a WeappApp and opens its entry page. */
export async function launchWeapp(options: LaunchOptions): Promise<WeappApp> {
  const app = new WeappApp(options)
  try {
    await app.start()
  } catch (error) {
    app.close()
    throw error
  }
  return app
}
