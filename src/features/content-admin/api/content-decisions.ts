// A publisher's calls to contentAdmin: return, publish, schedule, withdraw, pin and headline order, channels; an admin's operation log.
import type { ContentAdminActions } from '@contracts/content-admin/actions'
import { callFunction } from '@/lib/cloud'

type In<A extends keyof ContentAdminActions> = ContentAdminActions[A]['input']

export const returnItem = (input: In<'return'>) => callFunction('contentAdmin', 'return', input)
export const publishItem = (input: In<'publish'>) => callFunction('contentAdmin', 'publish', input)
export const scheduleItem = (input: In<'schedule'>) => callFunction('contentAdmin', 'schedule', input)
export const withdrawItem = (input: In<'withdraw'>) => callFunction('contentAdmin', 'withdraw', input)
export const pinItem = (input: In<'pin'>) => callFunction('contentAdmin', 'pin', input)
export const unpinItem = (input: In<'unpin'>) => callFunction('contentAdmin', 'unpin', input)
export const reorderPins = (input: In<'reorderPins'>) => callFunction('contentAdmin', 'reorderPins', input)
export const saveChannel = (input: In<'saveChannel'>) => callFunction('contentAdmin', 'saveChannel', input)
export const removeChannel = (input: In<'removeChannel'>) => callFunction('contentAdmin', 'removeChannel', input)
export const auditQuery = (input: In<'auditQuery'>) => callFunction('contentAdmin', 'auditQuery', input)
