// Tests run the functions as deployed: bundled by the same build step, once per test run.
import { buildFunctions } from '../../scripts/build-functions'

export default async function buildFunctionsOnce(): Promise<void> {
  await buildFunctions()
}
