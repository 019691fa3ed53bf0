// The `faqs` collection: the 常见问题, each question with its group's position and its own.
import type { FaqDoc, FaqGroup } from '../../contracts/services/documents'
import { database } from '../_shared/cloudbase'

export const FAQS = 'faqs'

/** The collection handle. */
export function faqs() {
  return database().collection(FAQS)
}

/** Questions (already in group, then question order) gathered into their groups, in that order. */
export function toGroups(rows: FaqDoc[]): FaqGroup[] {
  const groups: FaqGroup[] = []
  for (const row of rows) {
    let group = groups[groups.length - 1]
    if (!group || group.group !== row.group) {
      group = { group: row.group, items: [] }
      groups.push(group)
    }
    group.items.push({ id: row._id, question: row.question, answer: row.answer, sample: row.sample === true })
  }
  return groups
}
