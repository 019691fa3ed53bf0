// Browser tests click through the real H5 build and the real functions: build both once per run,
// and open the run's folder for the demo-data template (seed-cache.ts).
import { buildFunctions } from '../../scripts/build-functions'
import { buildIfStale } from '../../scripts/taro-build'
import { openSeedCache } from './seed-cache'

export default async function buildAppOnce(): Promise<void> {
  await buildFunctions()
  await buildIfStale('h5')
  openSeedCache()
}
