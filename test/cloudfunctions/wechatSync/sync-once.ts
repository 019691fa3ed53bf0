// One sync run in its own process (the crash test kills it with SIGKILL part-way).
import { DEFAULT_ENV_ID } from '../../../local-cloudbase'
import { connectLocalSdk } from '../../../local-cloudbase/sdk-client'
import { LOCAL_MP_APPID, LOCAL_MP_SECRET } from '../../../local-cloudbase/wechat/mp-articles'
import { MP_PREFIX } from '../../../local-cloudbase/wechat/mp-routes'
import { MpClient } from '../../../cloudfunctions/wechatSync/mp-client'
import { runSync } from '../../../cloudfunctions/wechatSync/sync'

const url = process.argv[2]
const sdk = connectLocalSdk(url, DEFAULT_ENV_ID)
runSync(sdk, new MpClient(sdk, { appId: LOCAL_MP_APPID, secret: LOCAL_MP_SECRET, base: `${url}${MP_PREFIX}` }), { channel: '工会动态', source: '福田区总工会' }).then(
  () => process.exit(0),
  () => process.exit(1),
)
