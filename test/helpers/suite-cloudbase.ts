// One local CloudBase for a server test file, set up the same way everywhere: started before the
// file's tests (stopped after), emptied before each test or only once, the 圆梦计划 policy in force,
// and whatever else the file needs (a crew of staff, applications) seeded after that.
//
//   const cb = suiteCloudbase({ reset: 'each', policy: () => makePolicy('open') })
//
// `cb` is usable inside hooks and tests (it forwards to the running instance).
import type { PolicyDoc } from '../../contracts/dream-plan/policy'
import { setPolicy } from '../../database/seed/dream-plan/sample-forms'
import type { LocalCloudbaseOptions } from '../../local-cloudbase'
import { startTestCloudbase, type TestCloudbase } from './local-cloudbase'

export interface SuiteOptions {
  /** 'each': an empty database before every test; 'once': the state carries from test to test. */
  reset: 'each' | 'once'
  /** The policy set after each reset (a function: made anew each time, relative to now). */
  policy?: () => PolicyDoc
  /** More data after the policy; runs after each reset. */
  seed?: (cb: TestCloudbase) => Promise<void>
  /** Options for the local CloudBase itself (a log sink, a data directory …). */
  start?: Partial<LocalCloudbaseOptions>
  /** How long starting and seeding may take (ms). */
  timeout?: number
}

export function suiteCloudbase({ reset, policy, seed, start, timeout = 60_000 }: SuiteOptions): TestCloudbase {
  let instance: TestCloudbase | undefined
  const prepare = async (cb: TestCloudbase) => {
    if (policy) await setPolicy(cb, policy())
    if (seed) await seed(cb)
  }
  beforeAll(async () => {
    instance = await startTestCloudbase(start)
    if (reset === 'once') await prepare(instance)
  }, timeout)
  afterAll(() => instance?.stop())
  if (reset === 'each') {
    beforeEach(async () => {
      await instance!.reset()
      await prepare(instance!)
    }, timeout)
  }
  return new Proxy({} as TestCloudbase, {
    get(_target, key) {
      if (!instance) throw new Error('the local CloudBase is not started yet: use it inside hooks and tests')
      return instance[key as keyof TestCloudbase]
    }
  })
}
