// listFaqs: the 常见问题 in their groups, in order; with `q`, only the questions whose question or
// answer contains it (ignoring case and full-/half-width differences).
import { normalizeForSearch } from '../../../contracts/content/search-terms'
import { listFaqsInput, type ListFaqsResult } from '../../../contracts/services/actions'
import type { FaqDoc } from '../../../contracts/services/documents'
import { defineAction, ok } from '../../_shared/handler'
import { faqs, toGroups } from '../faqs-collection'

/**
 * The FAQ is a short, hand-written list (about twenty questions), so it is read whole on the
 * (groupOrder, order) index and filtered here; a search index would cost more than it saves.
 * This bound is far above what the list will hold.
 */
const MAX_FAQS = 100

export const listFaqs = defineAction({
  input: listFaqsInput,
  access: 'public',
  run: async ({ q }) => {
    const res = await faqs().orderBy('groupOrder', 'asc').orderBy('order', 'asc').limit(MAX_FAQS).get()
    let rows = res.data as FaqDoc[]
    const needle = q ? normalizeForSearch(q) : ''
    if (needle) rows = rows.filter((f) => normalizeForSearch(f.question).includes(needle) || normalizeForSearch(f.answer).includes(needle))
    const result: ListFaqsResult = { groups: toGroups(rows) }
    return ok(result)
  }
})
