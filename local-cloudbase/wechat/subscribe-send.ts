// WeChat's subscribeMessage.send, as its documentation describes the checks and their errcodes:
// 40003 invalid openid, 40037 unknown template, 47003 data not matching the template's keywords
// (each kind with its documented limit), 41030 invalid page, 43101 no unused grant (a one-time
// grant is used by the message it allows), 0 and the message recorded. 47001 for a body that is
// not a JSON object. https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html
import { randomBytes } from 'node:crypto'
import type { RecordedMessage, WechatState } from './state'
import { keywordKind, type Template } from './templates'

/** WeChat's reply. */
export interface WxReply {
  errcode: number
  errmsg: string
  msgid?: number
}

const OPENID = /^[A-Za-z0-9_-]{1,64}$/
const PAGE = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_.-]+)*(\?[^\s#]*)?$/
const STATES = ['developer', 'trial', 'formal']
const LANGS = ['zh_CN', 'en_US', 'zh_HK', 'zh_TW']

const CHINESE = /^[\u3400-\u9fff]+$/
const DATE = String.raw`\d{4}(-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)`
const CLOCK = String.raw`([01]?\d|2[0-3]):[0-5]\d(:[0-5]\d)?`

/** Each kind's documented limit (订阅消息参数值内容限制); unknown kinds are held to `thing`'s. */
const KINDS: Record<string, (v: string) => boolean> = {
  thing: (v) => length(v) <= 20,
  phrase: (v) => length(v) <= 5 && CHINESE.test(v),
  time: (v) => new RegExp(`^(${DATE} ${CLOCK}|${CLOCK})$`).test(v),
  date: (v) => new RegExp(`^${DATE}( ${CLOCK})?$`).test(v),
  character_string: (v) => /^[A-Za-z0-9_-]{1,32}$/.test(v),
  number: (v) => /^\d+(\.\d+)?$/.test(v) && v.replace('.', '').length <= 32,
  letter: (v) => /^[A-Za-z]{1,32}$/.test(v),
  symbol: (v) => length(v) <= 5,
  amount: (v) => /^[¥￥$]?\d{1,10}(\.\d{1,2})?元?$/.test(v),
  phone_number: (v) => /^[\d+\-() ]{1,17}$/.test(v),
  car_number: (v) => length(v) <= 8,
  name: (v) => (CHINESE.test(v) ? length(v) <= 10 : /^[A-Za-z ]{1,20}$/.test(v))
}

function length(v: string): number {
  return [...v].length
}

function rid(): string {
  return randomBytes(12).toString('hex').replace(/^(.{8})(.{8})(.{8})$/, '$1-$2-$3')
}

function reply(errcode: number, errmsg: string): WxReply {
  return { errcode, errmsg: `${errmsg} rid: ${rid()}` }
}

/** Runs one send against WeChat's state; records and uses a grant only on success. */
export function sendSubscribeMessage(state: WechatState, templates: Record<string, Template>, body: unknown, now = new Date()): WxReply {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return reply(47001, 'data format error hint:')
  const req = body as Record<string, unknown>
  if (typeof req.touser !== 'string' || !OPENID.test(req.touser)) return reply(40003, 'invalid openid')
  const template = typeof req.template_id === 'string' ? templates[req.template_id] : undefined
  if (!template) return reply(40037, 'invalid template_id')
  const dataError = checkData(req.data, template)
  if (dataError) return reply(47003, `argument invalid! ${dataError}`)
  if (req.miniprogram_state !== undefined && !STATES.includes(String(req.miniprogram_state))) return reply(47003, 'argument invalid! miniprogram_state invalid')
  if (req.lang !== undefined && !LANGS.includes(String(req.lang))) return reply(47003, 'argument invalid! lang invalid')
  if (req.page !== undefined && req.page !== '' && (typeof req.page !== 'string' || !PAGE.test(req.page))) return reply(41030, 'invalid page')
  const templateId = req.template_id as string
  if (!state.consume(req.touser, templateId)) return reply(43101, 'user refuse to accept the msg')
  const message: RecordedMessage = {
    at: now.toISOString(),
    touser: req.touser,
    template_id: templateId,
    ...(typeof req.page === 'string' && req.page ? { page: req.page } : {}),
    data: req.data as RecordedMessage['data'],
    ...(req.miniprogram_state !== undefined ? { miniprogram_state: String(req.miniprogram_state) } : {}),
    ...(req.lang !== undefined ? { lang: String(req.lang) } : {})
  }
  state.record(message)
  return { errcode: 0, errmsg: 'ok', msgid: Number.parseInt(randomBytes(6).toString('hex'), 16) }
}

/** What is wrong with `data`, in WeChat's words, or null. */
function checkData(data: unknown, template: Template): string | null {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return 'data is empty'
  const given = data as Record<string, unknown>
  for (const key of Object.keys(given)) {
    if (!Object.prototype.hasOwnProperty.call(template.keywords, key)) return `data.${key} is not a keyword of the template`
  }
  for (const key of Object.keys(template.keywords)) {
    const entry = given[key]
    const value = entry && typeof entry === 'object' ? (entry as { value?: unknown }).value : undefined
    if (value === undefined || value === '') return `data.${key}.value is empty`
    if (typeof value !== 'string') return `data.${key}.value must be a string`
    const valid = KINDS[keywordKind(key)] ?? KINDS.thing
    if (!valid(value)) return `data.${key}.value invalid`
  }
  return null
}
