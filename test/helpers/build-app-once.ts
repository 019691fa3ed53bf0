// Browser tests click through the real H5 build and the real functions: build both once per run.
import { buildFunctions } from '../../scripts/build-functions'
import { buildIfStale } from '../../scripts/taro-build'

export default async function buildAppOnce(): Promise<void> {
  await buildFunctions()
  await buildIfStale('h5')
}
