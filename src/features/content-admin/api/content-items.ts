// The editor's calls to contentAdmin: lists, one item, saving, submitting, deleting, pasted import.
import type { ContentAdminActions } from '@contracts/content-admin/actions'
import { callFunction } from '@/lib/cloud'

type In<A extends keyof ContentAdminActions> = ContentAdminActions[A]['input']

export const listItems = (input: In<'list'>) => callFunction('contentAdmin', 'list', input)
export const getItem = (input: In<'get'>) => callFunction('contentAdmin', 'get', input)
export const saveItem = (input: In<'save'>) => callFunction('contentAdmin', 'save', input)
export const submitItem = (input: In<'submit'>) => callFunction('contentAdmin', 'submit', input)
export const removeItem = (input: In<'remove'>) => callFunction('contentAdmin', 'remove', input)
export const importPasted = (input: In<'importPasted'>) => callFunction('contentAdmin', 'importPasted', input)
export const listContentChannels = () => callFunction('contentAdmin', 'listChannels', {})
export const diffRevisions = (input: In<'diff'>) => callFunction('contentAdmin', 'diff', input)
export const listLive = (input: In<'listLive'>) => callFunction('contentAdmin', 'listLive', input)
