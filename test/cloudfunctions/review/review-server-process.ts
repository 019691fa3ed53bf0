// A local CloudBase in its own process with the functions' cloudbaserc.json settings (so dreamPlan
// and dreamPlanReview get their data key from DATA_DIR/local-secrets.json), for the staff side's
// kill -9 test. Prints one JSON line `{ "url": … }` when it listens.
import { startLocalCloudbase } from '../../../local-cloudbase'
import { CLOUDBASERC, FUNCTIONS_OUT } from '../../../scripts/paths'

startLocalCloudbase({ dataDir: process.env.DATA_DIR!, functionsDir: FUNCTIONS_OUT, cloudbaserc: CLOUDBASERC, port: 0, log: () => {} }).then(
  (local) => process.stdout.write(JSON.stringify({ url: local.url }) + '\n'),
  (err) => {
    process.stderr.write(String(err) + '\n')
    process.exit(1)
  }
)
