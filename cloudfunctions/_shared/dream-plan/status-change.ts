// Every status change of an application is one single-document update that also appends its
// history entry and its pending notice (the outbox `notify` sends from). Nothing can change the
// status without the other two: the database applies the update whole or not at all.
import type { HistoryEntry, NoticeEntry } from '../../../contracts/dream-plan/documents'
import { database } from '../cloudbase'

/** The notice of the `index`-th history entry: its id is stable, so it is never made twice. */
export function noticeFor(applicationId: string, index: number, entry: HistoryEntry): NoticeEntry {
  return {
    id: `${applicationId}:${index}`,
    at: entry.at,
    status: entry.to,
    ...(entry.stage ? { stage: entry.stage } : {}),
    ...(entry.reason ? { reason: entry.reason } : {}),
    state: 'pending',
    attempts: 0
  }
}

/**
 * The update fields of a change recorded by `entry` on an application that has `historyLength`
 * entries now. Use it with a `where` on the version (or status) that was read, so a change made
 * meanwhile by someone else matches nothing. `extra` adds fields of the same change.
 */
export function statusChangeUpdate(applicationId: string, historyLength: number, entry: HistoryEntry, extra: Record<string, unknown> = {}) {
  const _ = database().command
  return {
    status: entry.to,
    version: _.inc(1),
    history: _.push([entry]),
    notices: _.push([noticeFor(applicationId, historyLength, entry)]),
    noticesPending: _.inc(1),
    updatedAt: entry.at,
    ...extra
  }
}
