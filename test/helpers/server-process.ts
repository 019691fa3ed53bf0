// A local CloudBase in its own process, for tests that must kill it (kill -9) and start it again,
// with the functions' cloudbaserc.json settings as `npm start` has them (timeouts, and the data key
// resolved from DATA_DIR/local-secrets.json). Prints one JSON line `{ "url": … }` when it listens.
import { startLocalCloudbase } from '../../local-cloudbase'
import { CLOUDBASERC, FUNCTIONS_OUT } from '../../scripts/paths'
import { statusOf } from '../../contracts/errors'

startLocalCloudbase({ statusOf, dataDir: process.env.DATA_DIR!, functionsDir: FUNCTIONS_OUT, cloudbaserc: CLOUDBASERC, port: 0, log: () => {} }).then(
  (local) => process.stdout.write(JSON.stringify({ url: local.url }) + '\n'),
  (err) => {
    process.stderr.write(String(err) + '\n')
    process.exit(1)
  }
)
