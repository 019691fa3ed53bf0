// The `faqs` collection: the 常见问题, each question with its group's position and its own.
import type { FaqDoc, FaqGroup } from '../../contracts/services/documents'
import { database } from '../_shared/cloudbase'

export const FAQS = 'faqs'

/** The collection handle. */
export function faqs() {
  return database().collection(FAQS)
}

/**
 * Questions (already in group, then question order) gathered into their groups. A group stands
 * where its first question does, and keeps all its questions together: staff type each question's
 * group order by hand, and one question of 服务阵地 given another group's number must not split
 * 服务阵地 in two on the reader's page.
 */
export function toGroups(rows: FaqDoc[]): FaqGroup[] {
  const groups = new Map<string, FaqGroup>()
  for (const row of rows) {
    const group = groups.get(row.group) ?? { group: row.group, items: [] }
    groups.set(row.group, group)
    group.items.push({ id: row._id, question: row.question, answer: row.answer, sample: row.sample === true })
  }
  return [...groups.values()]
}
