// Builds the mini-program into dist/ when it is missing or older than its sources; the weapp tests
// run and tap through that build as WeChat's logic layer would.
import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { newestMtime } from './newest-mtime'
import { ROOT, WEAPP_OUT } from './paths'

const SOURCES = ['src', 'contracts', 'config', 'babel.config.js', 'package.json', 'project.config.json']


/** True when dist/ is missing or any source is newer than it (app.json is written last-ish by Taro, app.js by webpack). */
export function weappIsStale(): boolean {
  const markers = ['app.js', 'app.json'].map((f) => path.join(WEAPP_OUT, f))
  if (!markers.every((m) => existsSync(m))) return true
  const built = Math.min(...markers.map((m) => statSync(m).mtimeMs))
  return SOURCES.some((s) => newestMtime(path.join(ROOT, s)) > built)
}

/** Runs `taro build --type weapp` in production mode; throws when it fails. */
export function buildWeapp(): void {
  const res = spawnSync('npx', ['taro', 'build', '--type', 'weapp'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } })
  if (res.status !== 0) throw new Error('小程序构建失败（taro build --type weapp）')
}

export function buildWeappIfStale(log: (line: string) => void = console.log): void {
  if (!weappIsStale()) return
  log('正在构建小程序 dist/（首次约需 10–60 秒）…')
  buildWeapp()
}
