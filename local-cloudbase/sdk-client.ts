// An @cloudbase/node-sdk app for tools outside functions (importer, seed, tests) that talk to a
// local CloudBase. Functions never use this: the platform's variables point their SDK here.
import tcb from '@cloudbase/node-sdk'

/** The SDK, pointed at the local CloudBase at `url`. */
export function connectLocalSdk(url: string, envId: string) {
  // Skips the SDK's probe of Tencent Cloud's metadata service, unreachable off the cloud.
  process.env.TENCENTCLOUD = 'true'
  return tcb.init({ env: envId, serviceUrl: `${url}/admin`, secretId: 'local-secret-id', secretKey: 'local-secret-key' })
}

/** The SDK app type, for callers that take one. */
export type SdkApp = ReturnType<typeof tcb.init>
