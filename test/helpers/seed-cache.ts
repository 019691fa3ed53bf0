// The demo data browser and weapp test files start from, seeded once per jest run rather than once
// per file: seeding the demo applications alone moves 24 of them through review with the real
// functions (~10 s of CPU), and four files need them; twenty need the demo content. The first file that asks seeds a local CloudBase into a
// template data directory and stops it; every file then starts its own local CloudBase on a copy,
// so files stay isolated exactly as before (a restart over the same data is what `npm start` does
// every day). The template lives in the run's folder that build-weapp-once makes
// (SEED_CACHE_DIR): the browser and weapp globalSetups open it, seed-cache-teardown removes it;
// without it, each file seeds its own as before.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const SEED_CACHE_ENV = 'SEED_CACHE_DIR'

/** Makes the run's template folder once (a globalSetup; workers start later and inherit it). */
export function openSeedCache(): void {
  const dir = process.env[SEED_CACHE_ENV]
  if (!dir || !existsSync(dir)) process.env[SEED_CACHE_ENV] = mkdtempSync(path.join(os.tmpdir(), 'seed-cache-'))
}

/** How long a file waits for another file's seeding before it gives up. */
const WAIT_MS = 5 * 60_000

/**
 * A fresh copy of the template `flavour`, seeded by `seed(dataDir)` the first time any file of this
 * run asks; undefined when the run has no cache folder. The caller owns (and removes) the copy.
 */
export async function copyOfSeeded(flavour: string, seed: (dataDir: string) => Promise<void>): Promise<string | undefined> {
  const root = process.env[SEED_CACHE_ENV]
  if (!root || !existsSync(root)) return undefined
  const template = path.join(root, flavour)
  const ready = path.join(root, `${flavour}.ready`)
  const lock = path.join(root, `${flavour}.lock`)
  const deadline = Date.now() + WAIT_MS
  while (!existsSync(ready)) {
    let mine = false
    try {
      mkdirSync(lock) // atomic: one file of the run seeds, the others wait for `ready`
      mine = true
    } catch {
      if (Date.now() > deadline) throw new Error(`等待演示数据模板 ${flavour} 超时（另一个测试文件在播种）`)
      await new Promise((r) => setTimeout(r, 200))
    }
    if (!mine) continue
    try {
      rmSync(template, { recursive: true, force: true })
      mkdirSync(template, { recursive: true })
      await seed(template)
      writeFileSync(ready, new Date().toISOString())
    } finally {
      rmSync(lock, { recursive: true, force: true })
    }
  }
  const copy = mkdtempSync(path.join(os.tmpdir(), 'futian-test-'))
  cpSync(template, copy, { recursive: true })
  return copy
}
