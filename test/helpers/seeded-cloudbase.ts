// A local CloudBase for one browser or weapp test file with the union's demo content (articles,
// services, places, FAQs, the 2026 policy, demo staff) and, when asked, the demo applications
// reviewed by the demo staff, so every page has real data to show. The seeding happens once per
// run (seed-cache.ts); each file gets its own copy of the data.
import { rmSync } from 'node:fs'
import { seedDemoApplications } from '../../database/seed/dream-plan/seed-demo-applications'
import { seedDemoContent } from '../../database/seed/seed-demo-content'
import { startTestCloudbase, type TestCloudbase } from './local-cloudbase'
import { copyOfSeeded } from './seed-cache'

/** `h5Dir`: also serve the H5 build (browser tests). */
export async function startSeededCloudbase({ applications = false, h5Dir }: { applications?: boolean; h5Dir?: string } = {}): Promise<TestCloudbase> {
  const seed = async (cb: TestCloudbase) => {
    await seedDemoContent(cb.sdk)
    if (applications) await seedDemoApplications(cb.url)
  }
  // Seeded once per run into a template (seed-cache.ts); this file starts on its own copy.
  const dataDir = await copyOfSeeded(applications ? 'content-and-applications' : 'content', async (dir) => {
    const seeding = await startTestCloudbase({ dataDir: dir })
    try {
      await seed(seeding)
    } finally {
      await seeding.stop()
    }
  })
  if (!dataDir) {
    const cb = await startTestCloudbase({ h5Dir })
    await seed(cb)
    return cb
  }
  const cb = await startTestCloudbase({ dataDir, h5Dir })
  return {
    ...cb,
    stop: async () => {
      await cb.stop()
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
}
