// How long a headline stays pinned: chosen in days from now (不限期, 1, 3 or 7 天), on the review page
// when pinning and on the settings page for a headline already pinned. The contentTimer unpins it
// when the time comes.

/** The terms offered; 0 is 不限期. */
export const PIN_DAYS = [0, 1, 3, 7] as const

export type PinDays = (typeof PIN_DAYS)[number]

export const pinDaysLabel = (days: PinDays): string => (days ? `${days} 天` : '不限期')

/** The pin's `expiresAt` for a term starting `now`: absent for 不限期. */
export function pinExpiry(days: PinDays, now = Date.now()): { expiresAt?: string } {
  return days ? { expiresAt: new Date(now + days * 86_400_000).toISOString() } : {}
}
