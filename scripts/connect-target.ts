// Where a command-line tool writes (imports, staff roles): a CloudBase environment when its id and keys are in the environment
// (CLOUDBASE_ENV_ID, TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY), else the local CloudBase's
// data directory, opened in-process (safe beside a running `npm start`: SQLite serialises writers).
import tcb from '@cloudbase/node-sdk'
import { startLocalCloudbase } from '../local-cloudbase'
import { connectLocalSdk, type SdkApp } from '../local-cloudbase/sdk-client'
import { dataDir, FUNCTIONS_OUT } from './paths'

/** An SDK app for the target, what to call it in messages, and how to let go of it. */
export interface ImportTarget {
  app: SdkApp
  label: string
  close: () => Promise<void>
}

export async function connectTarget(): Promise<ImportTarget> {
  const { CLOUDBASE_ENV_ID, TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY } = process.env
  if (CLOUDBASE_ENV_ID && TENCENTCLOUD_SECRETID && TENCENTCLOUD_SECRETKEY) {
    const app = tcb.init({ env: CLOUDBASE_ENV_ID, secretId: TENCENTCLOUD_SECRETID, secretKey: TENCENTCLOUD_SECRETKEY })
    return { app, label: `云开发环境 ${CLOUDBASE_ENV_ID}`, close: async () => {} }
  }
  const local = await startLocalCloudbase({ dataDir: dataDir(), functionsDir: FUNCTIONS_OUT, port: 0, log: () => {} })
  return { app: connectLocalSdk(local.url, local.envId), label: `本地数据目录 ${dataDir()}`, close: local.stop }
}
