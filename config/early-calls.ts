// H5: the calls a page makes as it opens, started by index.html's inline script while the app's
// scripts download (early-calls-script.ts; route-preload.ts writes it into the page), and taken by
// the app's first identical call (src/lib/early-reply.ts). Without them a phone waited for the app's
// scripts to arrive and run before it even asked for the page's data: two waits in a row.
//
// Each call is written as the page's code makes it. The browser test of early calls opens every
// route below and checks that each call goes out once and is the one the page used, so a page whose
// calls change shows up there.

// Types only (erased at build): Taro compiles the config with a compiler that sees only config/.
import type { ActionName, FunctionName } from '../contracts/functions'

/** One call: a function of the app's and one of its actions, so a misspelt name fails the typecheck. */
export type EarlyCall = {
  [F in FunctionName]: {
    /** The cloud function. */
    fn: F
    /** The event as the page sends it: its action and fixed inputs. */
    event: { action: ActionName<F> } & Record<string, string | number>
    /** Inputs taken from the address's query: event field → query parameter. */
    fromQuery?: Record<string, string>
  }
}[FunctionName]

/** Route (as in app.config) → the calls its page makes as it opens. */
export const EARLY_CALLS: Record<string, EarlyCall[]> = {
  'pages/index/index': [{ fn: 'content', event: { action: 'getHome', channel: '工会动态', limit: 20 } }],
  'pages/article/index': [
    { fn: 'content', event: { action: 'getArticle' }, fromQuery: { id: 'id' } },
    { fn: 'content', event: { action: 'listRelated', limit: 5 }, fromQuery: { id: 'id' } }
  ],
  'pages/services/index': [{ fn: 'content', event: { action: 'listServices' } }],
  'pages/mine/index': [{ fn: 'staff', event: { action: 'me' } }],
  'packages/dream-plan/pages/intro/index': [{ fn: 'dreamPlan', event: { action: 'getIntro' } }]
}
