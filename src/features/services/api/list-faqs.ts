// listFaqs: 常见问题 in their groups, all or those matching a query, and the FAQ page's hook.
import { useCallback } from 'react'
import type { ListFaqsResult } from '@contracts/services/actions'
import type { FaqGroup } from '@contracts/services/documents'
import { callFunction } from '@/lib/cloud'
import { useLoad } from '@/lib/use-load'

/**
 * Longest query the server accepts (listFaqsInput). Repeated, not imported: importing a value
 * from contracts/services/actions.ts would pull zod into the app bundle.
 */
export const FAQ_QUERY_MAX_LENGTH = 50

/** Calls content.listFaqs; an empty `q` lists every question. */
export function listFaqs(q: string): Promise<ListFaqsResult> {
  const query = q.trim()
  return callFunction('content', 'listFaqs', query ? { q: query } : {})
}

/** The groups for `q`; the groups on screen stay while a new query is answered. */
export function useFaqs(q: string) {
  const load = useCallback((): Promise<FaqGroup[]> => listFaqs(q).then((res) => res.groups), [q])
  return useLoad(load, { keepPrevious: true })
}
