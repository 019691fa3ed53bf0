// Weapp tests run the real mini-program build against the real functions: build both once per run.
import { buildFunctions } from '../../scripts/build-functions'
import { buildWeappIfStale } from '../../scripts/build-weapp'

export default async function buildWeappOnce(): Promise<void> {
  await buildFunctions()
  buildWeappIfStale()
}
