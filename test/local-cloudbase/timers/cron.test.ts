// Timer-trigger schedules: CloudBase's seven fields (second minute hour day month weekday year),
// Beijing time, day and weekday or-ed when both are given.
import { CronError, cronMatches, nextFire, parseCron } from '../../../local-cloudbase/timers/cron'

/** An instant given in Beijing time. */
const bj = (text: string) => new Date(`${text}+08:00`)
const next = (expr: string, after: string) => nextFire(parseCron(expr), bj(after))?.toISOString()

test('every minute at second 0 (the notify trigger)', () => {
  expect(next('0 * * * * * *', '2026-11-25T14:30:00')).toBe(bj('2026-11-25T14:31:00').toISOString())
  expect(next('0 * * * * * *', '2026-11-25T14:30:59.999')).toBe(bj('2026-11-25T14:31:00').toISOString())
  expect(cronMatches(parseCron('0 * * * * * *'), bj('2026-11-25T14:30:00'))).toBe(true)
  expect(cronMatches(parseCron('0 * * * * * *'), bj('2026-11-25T14:30:01'))).toBe(false)
})

test('steps, ranges and lists', () => {
  expect(next('*/5 * * * * * *', '2026-01-01T00:00:03')).toBe(bj('2026-01-01T00:00:05').toISOString())
  // 1/10 in minutes: from minute 1, every ten.
  expect(next('0 1/10 * * * * *', '2026-01-01T00:02:00')).toBe(bj('2026-01-01T00:11:00').toISOString())
  expect(next('0 */30 9-17 * * * *', '2026-01-01T17:30:00')).toBe(bj('2026-01-02T09:00:00').toISOString())
  expect(next('0 0 10,14,16 * * * *', '2026-01-01T10:00:00')).toBe(bj('2026-01-01T14:00:00').toISOString())
})

test('the schedule is Beijing time (UTC+8)', () => {
  // 02:00 on the 1st of each month in Beijing is 18:00 UTC the day before.
  expect(next('0 0 2 1 * * *', '2026-03-15T00:00:00')).toBe('2026-03-31T18:00:00.000Z')
})

test('month and weekday names; 0 is Sunday', () => {
  // 2026-11-25 is a Wednesday.
  expect(next('0 0 12 * * WED *', '2026-11-25T12:00:00')).toBe(bj('2026-12-02T12:00:00').toISOString())
  expect(next('0 15 10 * * MON-FRI *', '2026-11-27T11:00:00')).toBe(bj('2026-11-30T10:15:00').toISOString())
  expect(next('0 0 0 * * 0 *', '2026-11-25T00:00:00')).toBe(bj('2026-11-29T00:00:00').toISOString())
  expect(next('0 0 0 1 FEB * *', '2026-03-01T00:00:00')).toBe(bj('2027-02-01T00:00:00').toISOString())
})

test('day and weekday both given: either matches', () => {
  // The 1st of the month or any Sunday, at midnight. After Wed 2026-11-25: Sunday the 29th first.
  expect(next('0 0 0 1 * SUN *', '2026-11-25T00:00:00')).toBe(bj('2026-11-29T00:00:00').toISOString())
  expect(next('0 0 0 1 * SUN *', '2026-11-29T00:00:00')).toBe(bj('2026-12-01T00:00:00').toISOString())
})

test('years, month lengths, and schedules that never fire again', () => {
  expect(next('0 0 0 31 * * *', '2026-04-01T00:00:00')).toBe(bj('2026-05-31T00:00:00').toISOString())
  expect(next('0 0 0 29 2 * *', '2026-01-01T00:00:00')).toBe(bj('2028-02-29T00:00:00').toISOString())
  expect(next('0 0 0 1 1 * 2030', '2026-01-01T00:00:00')).toBe(bj('2030-01-01T00:00:00').toISOString())
  expect(next('0 0 0 1 1 * 2025', '2026-01-01T00:00:00')).toBeUndefined()
})

test.each([
  ['0 * * * * *', /7 fields/],
  ['60 * * * * * *', /second/],
  ['0 0 24 * * * *', /hour/],
  ['0 0 0 0 * * *', /day/],
  ['0 0 0 * 13 * *', /month/],
  ['0 0 0 * * 7 *', /weekday/],
  ['0 0 0 * * * 1969', /year/],
  ['0 0 5-1 * * * *', /backwards/],
  ['*/0 * * * * * *', /step/],
  ['a * * * * * *', /second/]
])('%s is refused', (expr, message) => {
  expect(() => parseCron(expr)).toThrow(CronError)
  expect(() => parseCron(expr)).toThrow(message)
})
