// Weapp tests run the real mini-program build against the real functions: build both once per run,
// and make the run's folder for the demo-data template (seed-cache.ts; weapp-teardown removes it).
// Workers start after this hook, so they inherit the variable.
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildFunctions } from '../../scripts/build-functions'
import { buildIfStale } from '../../scripts/taro-build'
import { SEED_CACHE_ENV } from './weapp/seed-cache'

export default async function buildWeappOnce(): Promise<void> {
  await buildFunctions()
  await buildIfStale('weapp')
  process.env[SEED_CACHE_ENV] = mkdtempSync(path.join(os.tmpdir(), 'weapp-seed-'))
}
