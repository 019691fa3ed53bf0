// Removes the run's demo-data template folder (opened by the browser and weapp globalSetups,
// filled by seed-cache.ts).
import { rmSync } from 'node:fs'
import { SEED_CACHE_ENV } from './seed-cache'

export default function seedCacheTeardown(): void {
  const dir = process.env[SEED_CACHE_ENV]
  if (dir) rmSync(dir, { recursive: true, force: true })
}
