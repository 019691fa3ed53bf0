// Browser tests click through the real H5 build and the real functions: build both once per run.
import { buildFunctions } from '../../scripts/build-functions'
import { buildH5IfStale } from '../../scripts/build-h5'

export default async function buildAppOnce(): Promise<void> {
  await buildFunctions()
  buildH5IfStale()
}
