// The environment a function instance starts with, as CloudBase sets it for a deployed function:
// the SDK resolves SYMBOL_CURRENT_ENV from TCB_ENV/SCF_NAMESPACE, sends requests to
// TCB_CONTEXT_CNFG's URL, and reads the caller from the keys WX_CONTEXT_KEYS lists.
// (@cloudbase/node-sdk src/utils/tcbcontext.ts, tcbapiendpoint.ts, cloudplatform.ts)

/** Builds the base environment for functions that talk to a local CloudBase at `url`. */
export function functionBaseEnv(url: string, envId: string): Record<string, string> {
  return {
    TCB_ENV: envId,
    SCF_NAMESPACE: envId,
    TENCENTCLOUD_RUNENV: 'SCF',
    TENCENTCLOUD_REGION: 'ap-shanghai',
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${url}/admin` }),
    // The SDK insists on credentials and signs with them; the local server does not check them.
    TENCENTCLOUD_SECRETID: 'local-secret-id',
    TENCENTCLOUD_SECRETKEY: 'local-secret-key',
    WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID,WX_CLIENTIP,WX_CLIENTIPV6',
    TZ: 'Asia/Shanghai',
    NODE_ENV: 'production'
  }
}
