// A publisher's calls to contentAdmin: return, publish, schedule, withdraw, pin.
import type { ContentAdminActions } from '@contracts/content-admin/actions'
import { callFunction } from '@/lib/cloud'

type In<A extends keyof ContentAdminActions> = ContentAdminActions[A]['input']

export const returnItem = (input: In<'return'>) => callFunction('contentAdmin', 'return', input)
export const publishItem = (input: In<'publish'>) => callFunction('contentAdmin', 'publish', input)
export const scheduleItem = (input: In<'schedule'>) => callFunction('contentAdmin', 'schedule', input)
export const withdrawItem = (input: In<'withdraw'>) => callFunction('contentAdmin', 'withdraw', input)
export const pinItem = (input: In<'pin'>) => callFunction('contentAdmin', 'pin', input)
export const unpinItem = (input: In<'unpin'>) => callFunction('contentAdmin', 'unpin', input)
