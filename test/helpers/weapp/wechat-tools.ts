// WeChat's own tools over a mini-program package, offline: the WXML compiler (wcc) and the WXSS
// compiler (wcsc) from miniprogram-compiler, and miniprogram-ci's project checks (app.json and page
// JSON, dependency analysis, package sizes). miniprogram-ci calls WeChat's servers unless given
// `attr`, and leaves a watcher, workers and a hash-named folder behind: it runs in a child process
// (ci-checks.cjs) from a temp dir, offline: offline-preload.cjs makes every connection to a
// non-loopback host fail at once and records it (it still tries to report usage to WeChat).
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import vm from 'node:vm'
import { JSDOM } from 'jsdom'

const execFileAsync = promisify(execFile)

 
const compiler = require('miniprogram-compiler') as { wxmlToJs: (root: string, o?: object) => string; wxssToJs: (root: string, o?: object) => string }

/** Every file under `root` ending in `ext`, as package paths ('pages/index/index.wxml'). */
export function packageFiles(root: string, ext: string): string[] {
  const out: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry)
      if (statSync(full).isDirectory()) walk(full)
      else if (entry.endsWith(ext)) out.push(path.relative(root, full).split(path.sep).join('/'))
    }
  }
  walk(root)
  return out.sort()
}

/** Compiles every WXML file with wcc; returns `$gwx`. Throws wcc's message (file:line:col) on a bad file. */
export function compileWxml(root: string): (file: string) => unknown {
  return inViewGlobals(compiler.wxmlToJs(root)) as (file: string) => unknown
}

/** Compiles every WXSS file with wcsc; returns the lookup of compiled styles by path. */
export function compileWxss(root: string): (file: string) => unknown {
  return inViewGlobals(compiler.wxssToJs(root)) as (file: string) => unknown
}

/** Runs compiler output as WeChat's view layer would: with a window, document and navigator. */
function inViewGlobals(body: string): unknown {
  const { window } = new JSDOM('<!doctype html><html><head></head><body></body></html>')
  const context = vm.createContext({ window, document: window.document, navigator: window.navigator, console: { log() {}, info() {}, warn() {}, error() {} } })
  return vm.runInContext(`(function () {${body}\n})()`, context)
}

/** What miniprogram-ci says about a package (see ci-checks.cjs). */
export interface CiReport {
  compiledFiles?: string[]
  compileError?: string
/** Dependencies analyseCode could not resolve: [file, request, WeChat's message]. */
  unresolved: [string, string, string][]
  quality: { name: string; success: boolean; detail?: Record<string, number> }[]
  /** What the child tried to reach beyond loopback (all refused), and any peer it reached anyway. */
  outbound: OutboundAttempt[]
}

/** One record of offline-preload.cjs. */
export interface OutboundAttempt {
  kind: 'dns' | 'connect' | 'connected'
  host: string
  port?: number
  pid: number
}

const OFFLINE_PRELOAD = path.join(__dirname, 'offline-preload.cjs')

/** Runs `script` in a Node child process with outbound network refused; returns its stdout and what it tried. */
export async function runOffline(script: string, args: string[], cwd: string): Promise<{ stdout: string; outbound: OutboundAttempt[] }> {
  const log = path.join(cwd, 'outbound.jsonl')
  const { stdout } = await execFileAsync(process.execPath, ['--require', OFFLINE_PRELOAD, script, ...args], {
    cwd,
    maxBuffer: 16 * 1024 * 1024,
    timeout: 180_000,
    // NODE_OPTIONS carries the preload into any process or worker the script starts.
    env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${JSON.stringify(OFFLINE_PRELOAD)}`.trim(), WEAPP_OFFLINE_LOG: log }
  })
  const lines = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : []
  return { stdout, outbound: lines.map((l) => JSON.parse(l) as OutboundAttempt) }
}

/** Runs miniprogram-ci's compile (optional), analyseCode and checkCodeQuality on `root` in a child process. */
export async function ciReport(root: string, { compile = true } = {}): Promise<CiReport> {
  const tempDir = mkdtempSync(path.join(os.tmpdir(), 'weapp-ci-'))
  try {
    const { stdout, outbound } = await runOffline(path.join(__dirname, 'ci-checks.cjs'), [root, tempDir, compile ? 'compile' : ''], tempDir)
    return { ...(JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Omit<CiReport, 'outbound'>), outbound }
  } finally {
    rmSync(tempDir, { recursive: true, force: true })
  }
}
