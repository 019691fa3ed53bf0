// What a browser page did, kept while a test runs and printed only when the test fails: its calls
// to the functions (which action, the HTTP status and how long it took, or that it never replied),
// its uncaught errors and console errors, and at the end what it shows. Actions only, never a call's
// other fields: they may hold an ID number or a phone.
import type { Page, Request } from 'playwright-core'
import { keepLast } from './keep-last'

const KEEP = 25

interface CallRecord {
  call: string
  startedAt: number
  status?: number
  outcome?: string
}

export interface PageWatch {
  /** The page's URL, the visible text (shortened), its last calls and its errors. */
  report(): Promise<string>
  /** Saves what the page shows now to `file`; nothing for a closed page. */
  screenshot(file: string): Promise<void>
}

/** `fn.action` of a gateway call, or null when `request` is not one. */
function callName(request: Request): string | null {
  const match = /\/api\/([^/?#]+)/.exec(new URL(request.url()).pathname)
  if (!match) return null
  let action = ''
  try {
    const body = JSON.parse(request.postData() ?? '{}') as { action?: unknown }
    if (typeof body.action === 'string') action = `.${body.action}`
  } catch {
    // A body that is not JSON is named by its function alone.
  }
  return `${decodeURIComponent(match[1])}${action}`
}

export function watchPage(page: Page): PageWatch {
  const started = Date.now()
  const calls = new Map<Request, CallRecord>()
  const errors: string[] = []
  page.on('request', (request) => {
    const call = callName(request)
    if (!call) return
    calls.set(request, { call, startedAt: Date.now() })
    if (calls.size > KEEP) calls.delete(calls.keys().next().value!)
  })
  // From events only: a promise (request.response()) would reject, unhandled, once the page closes.
  page.on('response', (response) => {
    const record = calls.get(response.request())
    if (record) record.status = response.status()
  })
  page.on('requestfinished', (request) => {
    const record = calls.get(request)
    if (record) record.outcome = `${record.status ?? '?'} in ${Date.now() - record.startedAt} ms`
  })
  page.on('requestfailed', (request) => {
    const record = calls.get(request)
    if (record) record.outcome = `failed (${request.failure()?.errorText ?? 'unknown'}) after ${Date.now() - record.startedAt} ms`
  })
  page.on('pageerror', (error) => keepLast(errors, `uncaught: ${error.message.slice(0, 300)}`, KEEP))
  page.on('console', (message) => {
    if (message.type() === 'error') keepLast(errors, `console: ${message.text().slice(0, 300)}`, KEEP)
  })

  return {
    async report() {
      const at = (t: number) => `+${((t - started) / 1000).toFixed(1)} s`
      const shown = page.isClosed()
        ? '(closed)'
        : await page
            .evaluate(() => document.body.innerText)
            .then((text) => text.replace(/\s+/g, ' ').trim().slice(0, 800))
            .catch((error: Error) => `(unreadable: ${error.message.slice(0, 120)})`)
      const lines = [
        `  url: ${page.isClosed() ? '(closed)' : page.url()}`,
        `  shows: ${shown}`,
        '  calls (oldest first, times since the page opened):',
        ...[...calls.values()].map((c) => `    ${at(c.startedAt)} ${c.call}: ${c.outcome ?? `no reply after ${Date.now() - c.startedAt} ms`}`),
        ...(errors.length ? ['  errors:', ...errors.map((e) => `    ${e}`)] : [])
      ]
      return lines.join('\n')
    },
    async screenshot(file) {
      if (!page.isClosed()) await page.screenshot({ path: file }).catch(() => undefined)
    }
  }
}
