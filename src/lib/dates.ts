// Dates as people in Shenzhen read them, whatever the device's time zone.
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import 'dayjs/locale/zh-cn'

dayjs.extend(utc)
dayjs.locale('zh-cn')

/** China Standard Time, UTC+8, in minutes (no daylight saving). */
const SHANGHAI_OFFSET = 480

function inShanghai(iso: string) {
  const d = dayjs.utc(iso)
  return d.isValid() ? d.utcOffset(SHANGHAI_OFFSET) : null
}

/** `2022-12-28T10:00:00.000Z` → `2022年12月28日`; '' for a missing or invalid date. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return ''
  return inShanghai(iso)?.format('YYYY年M月D日') ?? ''
}

/** `2022-12-28T10:00:00.000Z` → `2022年12月28日 18:00`; '' for a missing or invalid date. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return ''
  return inShanghai(iso)?.format('YYYY年M月D日 HH:mm') ?? ''
}

/** A calendar day as people write it (2025-09-01 → 2025年9月1日); anything else as it is. */
export function formatIsoDay(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : value
}
