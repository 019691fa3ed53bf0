// Local-only routes for the services that stand in for others: WeChat's subscribe messages (the
// user's tap on 允许, what WeChat delivered, faults for retry tests) and timer triggers (fire one
// now). Production has no equivalent.
import type { FastifyInstance } from 'fastify'
import { InvocationError } from '../functions/runner'
import type { TimerScheduler } from '../timers/scheduler'
import type { Fault, WechatState } from '../wechat/state'
import { ADMIN_PREFIX } from './admin-routes'

export function registerLocalServiceRoutes(app: FastifyInstance, wechat: WechatState, timers: TimerScheduler): void {
  // Stand-in for wx.requestSubscribeMessage answered 允许 (`count` taps; negative takes back).
  app.post<{ Body: { openid?: string; templateId?: string; count?: number } }>(`${ADMIN_PREFIX}/wechat/grants`, async (req, reply) => {
    const { openid, templateId, count = 1 } = req.body ?? {}
    if (typeof openid !== 'string' || !openid || typeof templateId !== 'string' || !templateId || !Number.isInteger(count)) {
      return reply.code(400).send({ ok: false, message: 'openid, templateId and an integer count are required' })
    }
    return { ok: true, openid, templateId, grants: wechat.grant(openid, templateId, count) }
  })

  app.get<{ Params: { openid: string } }>(`${ADMIN_PREFIX}/wechat/grants/:openid`, async (req) => ({ ok: true, grants: wechat.grantsOf(req.params.openid) }))

  app.get<{ Querystring: { touser?: string } }>(`${ADMIN_PREFIX}/wechat/messages`, async (req) => {
    const all = wechat.messages()
    return { ok: true, messages: req.query.touser ? all.filter((m) => m.touser === req.query.touser) : all }
  })

  // The next `count` sends answer `errcode` (e.g. -1 system error, 45011 quota) or, with `drop`, lose the connection.
  app.post<{ Body: { errcode?: number; errmsg?: string; drop?: boolean; count?: number } }>(`${ADMIN_PREFIX}/wechat/faults`, async (req, reply) => {
    const { errcode, errmsg, drop, count = 1 } = req.body ?? {}
    if (!Number.isInteger(count) || count < 1 || (!drop && !Number.isInteger(errcode))) {
      return reply.code(400).send({ ok: false, message: 'give an integer errcode (or drop: true) and a positive count' })
    }
    const fault: Fault = drop ? { drop: true } : { errcode: errcode!, errmsg: errmsg ?? (errcode === -1 ? 'system error' : `injected fault ${errcode}`) }
    wechat.injectFaults(fault, count)
    return { ok: true }
  })

  app.get(`${ADMIN_PREFIX}/timers`, async () => ({ ok: true, timers: timers.list() }))

  // Fires a function's timer trigger once, now, and answers with what the function returned.
  // `at` (ISO 8601) sets the event's `Time`: the controllable clock tests drive scheduled work with.
  app.post<{ Params: { fn: string }; Body: { trigger?: string; at?: string } | undefined }>(`${ADMIN_PREFIX}/timers/:fn`, async (req, reply) => {
    const trigger = typeof req.body?.trigger === 'string' ? req.body.trigger : undefined
    if (!timers.has(req.params.fn, trigger)) return reply.code(404).send({ ok: false, message: `function ${req.params.fn} has no such timer trigger` })
    const at = typeof req.body?.at === 'string' ? new Date(req.body.at) : new Date()
    if (Number.isNaN(at.getTime())) return reply.code(400).send({ ok: false, message: 'at must be an ISO 8601 instant' })
    try {
      const fired = await timers.fire(req.params.fn, trigger, at)
      return { ok: true, function: req.params.fn, trigger: fired.trigger, time: fired.event.Time, result: fired.result }
    } catch (err) {
      const status = err instanceof InvocationError && err.kind === 'not-found' ? 404 : err instanceof InvocationError && err.kind === 'timeout' ? 504 : 500
      return reply.code(status).send({ ok: false, message: (err as Error).message })
    }
  })
}
