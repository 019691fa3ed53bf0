// A local CloudBase for one benchmark suite: fresh data directory, the built functions.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DEFAULT_ENV_ID, startLocalCloudbase, type LocalCloudbase } from '../../local-cloudbase'
import { connectLocalSdk, type SdkApp } from '../../local-cloudbase/sdk-client'
import { CLOUDBASERC, ROOT } from '../../scripts/paths'
import { statusOf } from '../../contracts/errors'

/** The bench's own build of the functions, so a rebuild elsewhere never swaps code mid-run. */
export const BENCH_FUNCTIONS = path.join(ROOT, 'build', 'bench-functions')

export interface BenchCloudbase {
  local: LocalCloudbase
  sdk: SdkApp
  stop: () => Promise<void>
}

export async function startBenchCloudbase(): Promise<BenchCloudbase> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'futian-bench-'))
  const local = await startLocalCloudbase({ statusOf, dataDir, functionsDir: BENCH_FUNCTIONS, cloudbaserc: CLOUDBASERC, port: 0, log: () => {} })
  return {
    local,
    sdk: connectLocalSdk(local.url, DEFAULT_ENV_ID),
    stop: async () => {
      await local.stop()
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
}

/** Inserts documents through the SDK in batches of `batch` (one insertDocument call each). */
export async function bulkInsert(sdk: SdkApp, collection: string, docs: object[], batch = 1000): Promise<void> {
  for (let i = 0; i < docs.length; i += batch) await sdk.database().collection(collection).add(docs.slice(i, i + batch) as never)
}
