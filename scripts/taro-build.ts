// Builds the app with Taro in production mode, H5 into build/h5 (the local server serves it, the
// browser tests click through it) and weapp into dist/ (the weapp tests run it as WeChat's logic
// layer would), each only when its output is missing or older than its sources.
import { spawn } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { newestMtime } from './newest-mtime'
import { H5_OUT, ROOT, WEAPP_OUT } from './paths'

export type TaroTarget = 'h5' | 'weapp'

interface Target {
  out: string
  /** Files written at the end of a build: the output is as old as the oldest of them. */
  markers: string[]
  sources: string[]
  /** For messages: what is built and how long a first build takes. */
  name: string
  firstTime: string
}

const SOURCES = ['src', 'contracts', 'config', 'babel.config.js', 'package.json']

const TARGETS: Record<TaroTarget, Target> = {
  h5: { out: H5_OUT, markers: ['index.html'], sources: SOURCES, name: '网页版（H5）', firstTime: '30–60 秒' },
  // app.json is written by Taro, app.js by webpack: neither alone says the build finished.
  weapp: { out: WEAPP_OUT, markers: ['app.js', 'app.json'], sources: [...SOURCES, 'project.config.json'], name: '小程序 dist/', firstTime: '10–60 秒' }
}

/** True when the target's output is missing or any of its sources is newer than it. */
export function isStale(target: TaroTarget): boolean {
  const { out, markers, sources } = TARGETS[target]
  const files = markers.map((f) => path.join(out, f))
  if (!files.every((f) => existsSync(f))) return true
  const built = Math.min(...files.map((f) => statSync(f).mtimeMs))
  return sources.some((s) => newestMtime(path.join(ROOT, s)) > built)
}

/**
 * Runs `taro build --type <target>`. With `quiet`, Taro's progress is kept back and only its last
 * lines are shown if it fails (`npm test` runs builds side by side, whose progress bars would mix).
 */
export function taroBuild(target: TaroTarget, { quiet = false } = {}): Promise<void> {
  const child = spawn('npx', ['taro', 'build', '--type', target], { cwd: ROOT, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...process.env, NODE_ENV: 'production' } })
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0) return resolve()
      if (quiet) console.error(output)
      reject(new Error(`${TARGETS[target].name}构建失败（taro build --type ${target}）`))
    })
  })
}

/** Builds the target when it is stale; says so first, since a first build takes a while. */
export async function buildIfStale(target: TaroTarget, { quiet = false, log = console.log }: { quiet?: boolean; log?: (line: string) => void } = {}): Promise<void> {
  if (!isStale(target)) return
  log(`正在构建${TARGETS[target].name}（首次约需 ${TARGETS[target].firstTime}）…`)
  await taroBuild(target, { quiet })
}
