// Removes the run's demo-data template folder (made by build-weapp-once, filled by seed-cache.ts).
import { rmSync } from 'node:fs'
import { SEED_CACHE_ENV } from './weapp/seed-cache'

export default function weappTeardown(): void {
  const dir = process.env[SEED_CACHE_ENV]
  if (dir) rmSync(dir, { recursive: true, force: true })
}
