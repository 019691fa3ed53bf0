// Builds the H5 app into build/h5 when it is missing or older than its sources; the local server
// serves it and the browser tests click through it.
import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { newestMtime } from './newest-mtime'
import { H5_OUT, ROOT } from './paths'

const SOURCES = ['src', 'contracts', 'config', 'babel.config.js', 'package.json']


/** True when build/h5 is missing or any source is newer than it. */
export function h5IsStale(): boolean {
  const index = path.join(H5_OUT, 'index.html')
  if (!existsSync(index)) return true
  const built = statSync(index).mtimeMs
  return SOURCES.some((s) => newestMtime(path.join(ROOT, s)) > built)
}

/** Runs `taro build --type h5` in production mode; throws when it fails. */
export function buildH5(): void {
  const res = spawnSync('npx', ['taro', 'build', '--type', 'h5'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } })
  if (res.status !== 0) throw new Error('H5 构建失败（taro build --type h5）')
}

export function buildH5IfStale(log: (line: string) => void = console.log): void {
  if (!h5IsStale()) return
  log('正在构建 H5 页面（首次约需 30–60 秒）…')
  buildH5()
}
