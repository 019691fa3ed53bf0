// Turns a map of actions into a function's `main`: validate the event, look the action up, check
// the caller, run it, and always answer with an envelope. Throwing is for bugs; they become a
// generic INTERNAL reply and a log line without the event (it may hold personal data).
import type { z } from 'zod'
import { appError } from '../../contracts/errors'
import type { Envelope, FieldErrors } from '../../contracts/envelope'
import { callerOpenId } from './cloudbase'

/** What an action knows about its call. */
export interface ActionContext {
  /** '' for callers who are not signed-in WeChat users. */
  openid: string
}

/** One action: its input schema, who may call it, and what it does. */
export interface Action<S extends z.ZodType = z.ZodType, R = unknown> {
  input: S
  /** 'public' actions answer anyone; 'user' actions need the platform's openid. */
  access: 'public' | 'user'
  run: (input: z.output<S>, ctx: ActionContext) => Promise<Envelope<R>>
}

/** Declares an action with its types inferred from the schema. */
export function defineAction<S extends z.ZodType, R>(action: Action<S, R>): Action<S, R> {
  return action
}

/** Keys the platform adds to every event; they are never input. */
const PLATFORM_KEYS = new Set(['action', 'userInfo'])

/** Builds `main(event, context)` from the function's actions. */
export function createHandler(actions: Record<string, Action<any, any>>) {
  return async function main(event: unknown): Promise<Envelope<unknown>> {
    try {
      if (typeof event !== 'object' || event === null || Array.isArray(event)) return appError('INVALID_INPUT', '请求内容须为对象')
      const { action: name } = event as { action?: unknown }
      if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(actions, name)) {
        return appError('ACTION_NOT_FOUND')
      }
      const action = actions[name]
      const openid = callerOpenId()
      if (action.access === 'user' && !openid) return appError('UNAUTHENTICATED')
      const input = Object.fromEntries(Object.entries(event).filter(([k]) => !PLATFORM_KEYS.has(k)))
      const parsed = action.input.safeParse(input)
      if (!parsed.success) return invalid(parsed.error)
      return await action.run(parsed.data, { openid })
    } catch (err) {
      console.error(`[${process.env.SCF_FUNCTIONNAME ?? 'function'}] ${(err as Error)?.stack ?? String(err)}`)
      return appError('INTERNAL')
    }
  }
}

/** Wraps a result in the success envelope. */
export function ok<T>(data: T): Envelope<T> {
  return { ok: true, data }
}

/** The INVALID_INPUT reply for a zod error: each field's first message, keyed by its dot path. */
export function invalid(error: z.ZodError): Envelope<never> {
  const fields: FieldErrors = {}
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_'
    fields[key] ??= issue.code === 'unrecognized_keys' ? `不支持的字段：${issue.keys.join('、')}` : issue.message
  }
  const first = Object.values(fields)[0]
  return appError('INVALID_INPUT', first ? `提交的内容有误：${first}` : undefined, fields)
}
