// HTTP routes of the 公众号 API stand-in (mp-articles.ts), under `/__local/wechat/mp/`: the API at
// the paths WeChat serves (`cgi-bin/token`, `cgi-bin/freepublish/batchget`, `…/getarticle`), so the
// function only swaps its base URL (WECHAT_MP_API_BASE), plus admin routes for tests and demos.
import type { FastifyInstance } from 'fastify'
import type { MpArticle, MpStandIn } from './mp-articles'

export const MP_PREFIX = '/__local/wechat/mp'

export function registerMpRoutes(app: FastifyInstance, mp: MpStandIn, baseUrl: () => string): void {
  const imageHost = () => `${baseUrl()}${MP_PREFIX}/mmbiz`
  app.get<{ Querystring: Record<string, string> }>(`${MP_PREFIX}/cgi-bin/token`, async (req) => mp.token(req.query))
  app.post<{ Querystring: { access_token?: string }; Body: Record<string, unknown> }>(`${MP_PREFIX}/cgi-bin/freepublish/batchget`, async (req) =>
    mp.batchget(req.query.access_token, (req.body ?? {}) as never, imageHost()),
  )
  app.post<{ Querystring: { access_token?: string }; Body: Record<string, unknown> }>(`${MP_PREFIX}/cgi-bin/freepublish/getarticle`, async (req) =>
    mp.getarticle(req.query.access_token, (req.body ?? {}) as never, imageHost()),
  )
  app.get<{ Params: { name: string } }>(`${MP_PREFIX}/mmbiz/:name`, async (req, reply) => {
    const bytes = mp.image(req.params.name)
    if (!bytes) return reply.code(404).send('not found')
    return reply.type('image/png').send(bytes)
  })
  // Admin: the account's articles, faults, token expiry, calls made.
  app.get(`${MP_PREFIX}/articles`, async () => ({ ok: true, articles: mp.articles() }))
  app.put<{ Body: { articles?: MpArticle[] } }>(`${MP_PREFIX}/articles`, async (req) => {
    mp.setArticles(req.body?.articles ?? [])
    return { ok: true }
  })
  app.post<{ Body: { errcode?: number; count?: number; after?: number } }>(`${MP_PREFIX}/faults`, async (req) => {
    mp.injectFaults(Number(req.body?.errcode ?? 45009), Number(req.body?.count ?? 1), Number(req.body?.after ?? 0))
    return { ok: true }
  })
  app.post(`${MP_PREFIX}/expire-token`, async () => {
    mp.expireTokens()
    return { ok: true }
  })
  app.get(`${MP_PREFIX}/calls`, async () => ({ ok: true, calls: mp.calls }))
}
