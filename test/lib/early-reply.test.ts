// The early calls of H5 pages: the inline script the build writes into index.html
// (config/early-calls-script.ts) runs in a sandbox with a recording fetch, and the app's side
// (src/lib/early-reply.ts) must find each reply under the key it computes for its own call.
import vm from 'node:vm'
import { EARLY_CALLS } from '../../config/early-calls'
import * as script from '../../config/early-calls-script'
import { HOME_ROUTE, appScriptsFirst, beforeStylesAndScripts } from '../../config/route-preload'
import { appPages } from '../helpers/app-pages'
import { EARLY_CALLS_GLOBAL, EARLY_REPLY_MAX_AGE_MS, earlyCallKey, takeEarlyReply } from '@/lib/early-reply'
import { DEFAULT_PERSONA, PERSONA_STORAGE_KEY } from '@/lib/persona'

interface Sent {
  url: string
  init: { method: string; headers: Record<string, string>; body: string }
}

/** Runs the inline script as a browser would at `address`, with `stored` in localStorage. */
function runInlineScript(address: string, stored: Record<string, string> | 'throws' = {}, apiBase = '') {
  const sent: Sent[] = []
  const url = new URL(address, 'https://union.example')
  const window: Record<string, unknown> = {}
  const context = vm.createContext({
    window,
    location: { pathname: url.pathname, search: url.search },
    URLSearchParams,
    JSON,
    Date,
    localStorage: {
      getItem: (key: string) => {
        if (stored === 'throws') throw new Error('SecurityError')
        return stored[key] ?? null
      }
    },
    fetch: (to: string, init: Sent['init']) => {
      sent.push({ url: to, init })
      // A Response as far as these tests look at one: where it was sent.
      return Promise.resolve({ sentTo: to })
    }
  })
  window.fetch = context.fetch
  vm.runInContext(script.earlyCallsScript(EARLY_CALLS, { homeRoute: 'pages/index/index', apiBase }), context)
  return { sent, started: window[EARLY_CALLS_GLOBAL] as Record<string, { at: number; reply: Promise<unknown> }> | undefined }
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>)[EARLY_CALLS_GLOBAL]
})

test('the script and the app agree on the names they share', () => {
  expect(script.EARLY_CALLS_GLOBAL).toBe(EARLY_CALLS_GLOBAL)
  expect(script.PERSONA_STORAGE_KEY).toBe(PERSONA_STORAGE_KEY)
  expect(script.DEFAULT_PERSONA).toBe(DEFAULT_PERSONA)
})

test('home (its own path or /) starts its calls as the app sends them, filed under the app’s keys', () => {
  for (const address of ['/', '/pages/index/index']) {
    const { sent, started } = runInlineScript(address)
    expect(sent.map((s) => JSON.parse(s.init.body))).toEqual(EARLY_CALLS['pages/index/index'].map((c) => c.event))
    for (const s of sent) {
      expect(s.url).toBe('/api/content')
      expect(s.init).toMatchObject({ method: 'POST', headers: { 'Content-Type': 'application/json', 'X-WX-OPENID': DEFAULT_PERSONA } })
    }
    expect(Object.keys(started ?? {}).sort()).toEqual(EARLY_CALLS['pages/index/index'].map((c) => earlyCallKey(c.fn, c.event)).sort())
  }
})

test('query inputs come from the address; a page whose query lacks one starts nothing for it', () => {
  const { sent, started } = runInlineScript('/pages/article/index?id=a%2Fb%20c&from=share', { [PERSONA_STORAGE_KEY]: ' demo-staff ' }, 'https://api.example/')
  expect(sent.map((s) => [s.url, JSON.parse(s.init.body), s.init.headers['X-WX-OPENID']])).toEqual([
    ['https://api.example/api/content', { action: 'getArticle', id: 'a/b c' }, 'demo-staff'],
    ['https://api.example/api/content', { action: 'listRelated', limit: 5, id: 'a/b c' }, 'demo-staff']
  ])
  // The app sends its fields in its own order: the key is the same.
  expect(Object.keys(started ?? {})).toEqual([earlyCallKey('content', { id: 'a/b c', action: 'getArticle' }), earlyCallKey('content', { limit: 5, action: 'listRelated', id: 'a/b c' })])

  expect(runInlineScript('/pages/article/index').sent).toEqual([])
})

test('other routes start nothing, and storage that throws falls back to the default persona', () => {
  expect(runInlineScript('/packages/news/pages/search/index').sent).toEqual([])
  expect(runInlineScript('/pages/services/index', 'throws').sent.map((s) => s.init.headers['X-WX-OPENID'])).toEqual([DEFAULT_PERSONA])
})

test('the app takes an early reply once, only for the identical call, and not once it is old', async () => {
  const { started } = runInlineScript('/pages/services/index')
  ;(globalThis as Record<string, unknown>)[EARLY_CALLS_GLOBAL] = started
  expect(takeEarlyReply('content', { action: 'listServices', extra: 1 })).toBeNull()
  const reply = takeEarlyReply('content', { action: 'listServices' })
  await expect(reply).resolves.toMatchObject({ sentTo: '/api/content' })
  expect(takeEarlyReply('content', { action: 'listServices' })).toBeNull()

  const old = runInlineScript('/pages/services/index').started!
  for (const entry of Object.values(old)) entry.at -= EARLY_REPLY_MAX_AGE_MS + 1
  ;(globalThis as Record<string, unknown>)[EARLY_CALLS_GLOBAL] = old
  expect(takeEarlyReply('content', { action: 'listServices' })).toBeNull()
})

test('a reply still on its way gives up when the caller’s time runs out, as a fetch would', async () => {
  const started: Record<string, { at: number; reply: Promise<unknown> }> = { [earlyCallKey('staff', { action: 'me' })]: { at: Date.now(), reply: new Promise(() => undefined) } }
  ;(globalThis as Record<string, unknown>)[EARLY_CALLS_GLOBAL] = started
  const controller = new AbortController()
  const reply = takeEarlyReply('staff', { action: 'me' }, controller.signal)
  controller.abort(new Error('timed out'))
  await expect(reply).rejects.toThrow('timed out')
})

test('the inline script goes into index.html ahead of the stylesheet, which would hold it back, and of the app’s scripts', () => {
  const built = '<head><title>t</title><script>rem()</script><script defer="defer" src="/js/app.js"></script><link href="/css/app.css" rel="stylesheet"></head>'
  expect(beforeStylesAndScripts(built, '<script>early()</script>')).toBe('<head><title>t</title><script>rem()</script><script>early()</script><script defer="defer" src="/js/app.js"></script><link href="/css/app.css" rel="stylesheet"></head>')
  expect(beforeStylesAndScripts('<head><link rel="stylesheet" href="/a.css"></head>', '<s/>')).toBe('<head><s/><link rel="stylesheet" href="/a.css"></head>')
  expect(beforeStylesAndScripts('<head><title>t</title></head>', '<s/>')).toBe('<head><title>t</title><s/></head>')
})

test('the app’s own scripts are asked for at high priority, and only they', () => {
  const built = '<head><script>early()</script><script defer="defer" src="/js/337.js"></script><script defer="defer" src="/js/app.js"></script><link href="/css/app.css" rel="stylesheet"></head>'
  expect(appScriptsFirst(built)).toBe('<head><script>early()</script><script fetchpriority="high" defer="defer" src="/js/337.js"></script><script fetchpriority="high" defer="defer" src="/js/app.js"></script><link href="/css/app.css" rel="stylesheet"></head>')
  // Once is enough: a tag that already says its priority is left as it is.
  expect(appScriptsFirst(appScriptsFirst(built))).toBe(appScriptsFirst(built))
})

test('the route `/` opens, for the preloads and the early calls, is app.config.ts’s first page', () => {
  expect(HOME_ROUTE).toBe(appPages()[0])
})
