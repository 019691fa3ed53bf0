// Weapp tests run the real mini-program build against the real functions: build both once per run,
// and open the run's folder for the demo-data template (seed-cache.ts).
import { buildFunctions } from '../../scripts/build-functions'
import { buildIfStale } from '../../scripts/taro-build'
import { openSeedCache } from './seed-cache'

export default async function buildWeappOnce(): Promise<void> {
  await buildFunctions()
  await buildIfStale('weapp')
  openSeedCache()
}
