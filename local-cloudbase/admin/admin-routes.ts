// Routes that exist only on the local CloudBase, under their own prefix: health and reset, for
// tests and for a developer who wants a clean slate. Production has no equivalent.
import type { FastifyInstance } from 'fastify'

/** What the admin routes may do to the running instance. */
export interface AdminHooks {
  reset: (opts: { seed: boolean }) => Promise<void>
  collections: () => string[]
}

export const ADMIN_PREFIX = '/__local'

export function registerAdminRoutes(app: FastifyInstance, hooks: AdminHooks): void {
  app.get(`${ADMIN_PREFIX}/health`, async () => ({ ok: true, collections: hooks.collections() }))
  app.post<{ Body: { seed?: boolean } | undefined }>(`${ADMIN_PREFIX}/reset`, async (req) => {
    await hooks.reset({ seed: req.body?.seed === true })
    return { ok: true }
  })
}
