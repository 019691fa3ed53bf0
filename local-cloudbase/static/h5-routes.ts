// Serves the H5 build of the app. Its router runs in browser-history mode, so any GET that is not
// a file, an API or an admin route gets index.html and the app routes it (stable article URLs).
// Files go out compressed when the build wrote a .br / .gz beside them (brotli first, by the
// request's Accept-Encoding); files whose name carries a content hash are cached for a year,
// everything else (index.html) is revalidated, so a new build reaches phones at once.
import { existsSync } from 'node:fs'
import path from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'

/** Webpack's output names (js/app.7d23e665.js, css/134.59152dfe.css) and their .br / .gz copies. */
const HASHED = /\.[0-9a-f]{8}\.[a-z0-9]+(\.(br|gz))?$/

const MISSING_BUILD_PAGE = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>福田区总工会（本地）</title><body style="font:18px/1.6 sans-serif;padding:24px">
<h1>尚未构建 H5 页面</h1><p>请先运行 <code>npm run build:h5</code>，或直接运行 <code>npm start</code>（会自动构建）。</p></body></html>`

export async function registerH5Routes(app: FastifyInstance, h5Dir: string | undefined): Promise<void> {
  const indexFile = h5Dir ? path.join(h5Dir, 'index.html') : ''
  if (h5Dir && existsSync(indexFile)) {
    await app.register(fastifyStatic, {
      root: h5Dir,
      wildcard: false,
      index: ['index.html'],
      preCompressed: true,
      cacheControl: false,
      setHeaders: (res, file) => {
        res.setHeader('cache-control', HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache')
        // The same URL has several encodings: caches between must keep them apart.
        res.setHeader('vary', 'accept-encoding')
      }
    })
  }
  app.setNotFoundHandler((req, reply) => {
    const wantsPage = req.method === 'GET' && !req.url.startsWith('/api/') && !req.url.startsWith('/__local') && !path.extname(req.url.split('?')[0])
    if (!wantsPage) return reply.code(404).send({ ok: false, error: { code: 'NOT_FOUND', message: '请求的资源不存在' } })
    if (h5Dir && existsSync(indexFile)) return reply.type('text/html; charset=utf-8').sendFile('index.html')
    return reply.type('text/html; charset=utf-8').send(MISSING_BUILD_PAGE)
  })
}
