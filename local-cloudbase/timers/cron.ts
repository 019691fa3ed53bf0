// CloudBase's timer-trigger schedule: seven fields, "second minute hour day month weekday year",
// each `*`, a value, a range `a-b`, a list `a,b`, or a step `*/n`, `a/n`, `a-b/n`; months may be
// JAN-DEC, weekdays 0-6 (0 = Sunday) or SUN-SAT. When both day and weekday are restricted, either
// one matching is enough (cron's rule). Times are Beijing time (UTC+8), the documented trigger zone.
// https://docs.cloudbase.net/cli-v1/functions/trigger (Cron 表达式)

/** A malformed schedule; the message says which field. */
export class CronError extends Error {}

interface Field {
  values: Set<number>
  /** `*` (unrestricted), which matters for the day/weekday rule. */
  any: boolean
}

/** A parsed schedule. */
export interface CronSchedule {
  source: string
  second: Field
  minute: Field
  hour: Field
  day: Field
  month: Field
  weekday: Field
  year: Field
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT']
const SPECS: { name: keyof Omit<CronSchedule, 'source'>; min: number; max: number; names?: string[]; nameBase?: number }[] = [
  { name: 'second', min: 0, max: 59 },
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS, nameBase: 1 },
  { name: 'weekday', min: 0, max: 6, names: WEEKDAYS, nameBase: 0 },
  { name: 'year', min: 1970, max: 2099 }
]

/** Beijing time has no daylight saving: a fixed offset is exact. */
const OFFSET_MS = 8 * 3600_000

/** Parses a seven-field expression, or throws CronError. */
export function parseCron(source: string): CronSchedule {
  const parts = source.trim().split(/\s+/)
  if (parts.length !== 7) throw new CronError(`a timer schedule has 7 fields (second minute hour day month weekday year), got ${parts.length}: "${source}"`)
  const out = { source } as CronSchedule
  SPECS.forEach((spec, i) => {
    out[spec.name] = parseField(parts[i], spec)
  })
  return out
}

function parseField(text: string, spec: (typeof SPECS)[number]): Field {
  const values = new Set<number>()
  const value = (token: string): number => {
    const byName = spec.names?.indexOf(token.toUpperCase()) ?? -1
    const n = byName >= 0 ? byName + (spec.nameBase ?? 0) : /^\d+$/.test(token) ? Number(token) : NaN
    if (!Number.isInteger(n) || n < spec.min || n > spec.max) throw new CronError(`${spec.name}: "${token}" is not in ${spec.min}-${spec.max}`)
    return n
  }
  for (const item of text.split(',')) {
    const [range, stepText, extra] = item.split('/')
    if (extra !== undefined || range === '') throw new CronError(`${spec.name}: "${item}" is malformed`)
    const step = stepText === undefined ? 1 : Number(stepText)
    if (!Number.isInteger(step) || step < 1 || !/^\d+$/.test(stepText ?? '1')) throw new CronError(`${spec.name}: step "${stepText}" must be a positive integer`)
    let from: number
    let to: number
    if (range === '*') {
      from = spec.min
      to = spec.max
    } else if (range.includes('-')) {
      const [a, b] = range.split('-')
      from = value(a)
      to = value(b)
      if (from > to) throw new CronError(`${spec.name}: range "${range}" runs backwards`)
    } else {
      from = value(range)
      to = stepText === undefined ? from : spec.max
    }
    for (let v = from; v <= to; v += step) values.add(v)
  }
  return { values, any: text === '*' }
}

/** The fields of an instant in Beijing time. */
function fieldsOf(ms: number) {
  const d = new Date(ms + OFFSET_MS)
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds()
  }
}

function dayMatches(s: CronSchedule, f: ReturnType<typeof fieldsOf>): boolean {
  const day = s.day.values.has(f.day)
  const weekday = s.weekday.values.has(f.weekday)
  if (!s.day.any && !s.weekday.any) return day || weekday
  return day && weekday
}

/** True when the schedule fires at this instant (to the second). */
export function cronMatches(s: CronSchedule, at: Date): boolean {
  const f = fieldsOf(Math.floor(at.getTime() / 1000) * 1000)
  return (
    s.year.values.has(f.year) &&
    s.month.values.has(f.month) &&
    dayMatches(s, f) &&
    s.hour.values.has(f.hour) &&
    s.minute.values.has(f.minute) &&
    s.second.values.has(f.second)
  )
}

/** The first instant strictly after `after` at which the schedule fires, or null if none (before 2100). */
export function nextFire(s: CronSchedule, after: Date): Date | null {
  // Walk forward, skipping a whole year, month, day, hour or minute whenever that unit cannot match.
  let ms = Math.floor(after.getTime() / 1000) * 1000 + 1000
  for (let guard = 0; guard < 1_000_000; guard++) {
    const f = fieldsOf(ms)
    const local = ms + OFFSET_MS
    if (f.year > 2099) return null
    if (!s.year.values.has(f.year)) {
      ms = Date.UTC(f.year + 1, 0, 1) - OFFSET_MS
    } else if (!s.month.values.has(f.month)) {
      ms = Date.UTC(f.year, f.month, 1) - OFFSET_MS
    } else if (!dayMatches(s, f)) {
      ms = Date.UTC(f.year, f.month - 1, f.day + 1) - OFFSET_MS
    } else if (!s.hour.values.has(f.hour)) {
      ms = local - (local % 3600_000) + 3600_000 - OFFSET_MS
    } else if (!s.minute.values.has(f.minute)) {
      ms = local - (local % 60_000) + 60_000 - OFFSET_MS
    } else if (!s.second.values.has(f.second)) {
      ms += 1000
    } else {
      return new Date(ms)
    }
  }
  return null
}
