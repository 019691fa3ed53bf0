// How hard the sender tries, and what each WeChat errcode means for a notice.

/** Tries of one send within a run, and the waits between them. */
export const TRIES_PER_RUN = 3
export const RETRY_WAITS_MS = [100, 200, 400]

/** Runs a notice may fail transiently in before it is given up (`failed`). */
export const MAX_ATTEMPTS = 5
/** Wait before the next run may try again: 1 min, 2, 4, 8 … at most an hour. */
export function backoffMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 3600_000)
}

/** How long a claim is held. Longer than the function's timeout (60 s in cloudbaserc.json), so a
 * claim past its lease belongs to a sender that is certainly gone. */
export const LEASE_MS = 120_000
/** A run stops claiming new notices after this long, to finish well inside its timeout. */
export const RUN_BUDGET_MS = 40_000
/** Applications read per page. */
export const PAGE_SIZE = 100

/** What an errcode means. */
export type Verdict = 'sent' | 'no-grant' | 'transient' | 'rejected'

/** -1 system error and 45011 (frequency limit) may pass; 43101 is the user's missing grant;
 * the rest (40003 openid, 40037 template, 47003 data, 41030 page, …) will not change on retry. */
export function verdictOf(errcode: number | 'threw'): Verdict {
  if (errcode === 0) return 'sent'
  if (errcode === 43101) return 'no-grant'
  if (errcode === 'threw' || errcode === -1 || errcode === 45011) return 'transient'
  return 'rejected'
}
