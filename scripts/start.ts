// `npm start`: builds what is missing or stale, starts the local CloudBase on PORT (10086) with
// data in DATA_DIR (.data/), seeds demo content on first start, serves the H5 app, and runs the
// functions' timer triggers on their schedules (e.g. notify every minute). The first start also
// submits and reviews the 圆梦计划 demo applications through the functions (the tests' servers never).
import { seedDemoApplications } from '../database/seed/dream-plan/seed-demo-applications'
import { seedDemoContent } from '../database/seed/seed-demo-content'
import { DEFAULT_ENV_ID, startLocalCloudbase } from '../local-cloudbase'
import { connectLocalSdk } from '../local-cloudbase/sdk-client'
import { buildFunctions } from './build-functions'
import { buildIfStale } from './taro-build'
import { CLOUDBASERC, dataDir, FUNCTIONS_OUT, H5_OUT } from './paths'
import { statusOf } from '../contracts/errors'

async function main() {
  await buildFunctions()
  await buildIfStale('h5')
  const port = process.env.PORT ? Number(process.env.PORT) : 10086
  const local = await startLocalCloudbase({
    dataDir: dataDir(),
    statusOf,
    functionsDir: FUNCTIONS_OUT,
    cloudbaserc: CLOUDBASERC,
    h5Dir: H5_OUT,
    port,
    host: process.env.HOST || '127.0.0.1',
    timers: true,
    seed: async (url) => {
      await seedDemoContent(connectLocalSdk(url, DEFAULT_ENV_ID))
      await seedDemoApplications(url, { log: (line) => console.log(line) })
    }
  })
  console.log(`福田区总工会小程序（本地）已启动：${local.url}`)
  console.log(`数据目录：${dataDir()}　按 Ctrl+C 停止`)
  const shutdown = () => void local.stop().then(() => process.exit(0))
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
}

main().catch((err) => {
  console.error(`启动失败：${(err as Error).message}`)
  process.exit(1)
})
