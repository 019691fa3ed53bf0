// A list that keeps only its newest entries: what a failed test's report prints (page-report.ts,
// local-cloudbase.ts's log) is the end of what happened, and a long test must not grow it forever.

/** Appends `item`, dropping the oldest entries beyond `most`. */
export function keepLast<T>(list: T[], item: T, most: number): void {
  list.push(item)
  if (list.length > most) list.splice(0, list.length - most)
}
