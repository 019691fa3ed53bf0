// WeChat's own tools over a mini-program package, offline: the WXML compiler (wcc) and the WXSS
// compiler (wcsc) from miniprogram-compiler, and miniprogram-ci's project checks (app.json and page
// JSON, dependency analysis, package sizes). miniprogram-ci calls WeChat's servers unless given
// `attr`, and leaves a watcher, workers and a hash-named folder behind: it runs in a child process
// (ci-checks.cjs) from a temp dir.
import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import vm from 'node:vm'
import { JSDOM } from 'jsdom'

const execFileAsync = promisify(execFile)

// eslint-disable-next-line @typescript-eslint/no-require-imports
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
}

/** Runs miniprogram-ci's compile (optional), analyseCode and checkCodeQuality on `root` in a child process. */
export async function ciReport(root: string, { compile = true } = {}): Promise<CiReport> {
  const tempDir = mkdtempSync(path.join(os.tmpdir(), 'weapp-ci-'))
  try {
    const { stdout } = await execFileAsync(process.execPath, [path.join(__dirname, 'ci-checks.cjs'), root, tempDir, compile ? 'compile' : ''], {
      cwd: tempDir,
      maxBuffer: 16 * 1024 * 1024,
      timeout: 180_000
    })
    return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as CiReport
  } finally {
    rmSync(tempDir, { recursive: true, force: true })
  }
}
