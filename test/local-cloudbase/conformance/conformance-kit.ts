// One local CloudBase per conformance file, reached only through the real @cloudbase/node-sdk, with
// small helpers to load a collection and read back ids. Expected results in these files come from
// CloudBase's documentation and, where CloudBase defers to it, MongoDB's.
import { startTestCloudbase, type TestCloudbase } from '../../helpers/local-cloudbase'

/** Starts the file's local CloudBase in beforeAll and stops it in afterAll. */
export function useConformanceCloudbase(): () => TestCloudbase {
  let cb: TestCloudbase
  beforeAll(async () => {
    cb = await startTestCloudbase()
  })
  afterAll(() => cb.stop())
  return () => cb
}

/** Empties everything, then inserts `docs` into `collection` in one `add`. */
export async function load(cb: TestCloudbase, collection: string, docs: object[]): Promise<void> {
  await cb.reset()
  await cb.sdk.database().collection(collection).add(docs as never)
}

/** The `_id`s of a `get()` result, sorted. */
export function idsOf(res: { data: unknown[] }): string[] {
  return (res.data as { _id: string }[]).map((d) => d._id).sort()
}
