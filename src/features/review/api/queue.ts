// dreamPlanReview.queue: the applications a reviewer may see, filtered, a page at a time.
import type { QueueFilter } from '@contracts/dream-plan/review'
import { callFunction } from '@/lib/cloud'

/** One page of the queue; `nextCursor` null at the end (useCursorPages' shape). */
export async function queuePage(filter: QueueFilter, cursor?: string, limit = 20) {
  const res = await callFunction('dreamPlanReview', 'queue', { filter, ...(cursor ? { cursor } : {}), limit })
  return { items: res.items, nextCursor: res.nextCursor ?? null }
}

/** Every row of a filter (公示 and 发放 lists select from all of them), up to `max`. */
export async function queueAll(filter: QueueFilter, max = 500) {
  const items: Awaited<ReturnType<typeof queuePage>>['items'] = []
  let cursor: string | undefined
  do {
    const page = await queuePage(filter, cursor, 100)
    items.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor && items.length < max)
  return items
}
