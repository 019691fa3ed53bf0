// Paging rows that a database returns nearest first (`_.geoNear`), by key-set cursor. The database
// orders by its own distance and leaves ties (places in one building) in no promised order, so the
// rows are ranked here by (our distance, _id), a total order. A page may be cut only where that
// order is certain: rows not yet read may tie with the last row read, so a full read is trusted up
// to a tolerance short of its farthest row. The next page starts a tolerance before the last row's
// distance and drops the rows at or before the last (distance, _id).

/** The last row a page showed, by our (unrounded) distance and its id. */
export interface NearPosition {
  distance: number
  id: string
}

/** A row with the distance computed for it. */
export interface Ranked<T> {
  row: T
  distance: number
}

export interface NearPageOptions<T> {
  limit: number
  after: NearPosition | null
  /** Reads at most `count` rows whose database distance is at least `minDistance`, nearest first. */
  read: (minDistance: number, count: number) => Promise<T[]>
  distanceOf: (row: T) => number
  idOf: (row: T) => string
  /** Metres by which the database's distances and ours may disagree. */
  tolerance: number
  /** Rows read beyond the page's need, so small ties rarely take a second read. */
  spare: number
  /** The largest read the database allows. */
  maxRead: number
}

/** One page, nearest first, and where the next starts (null at the end). */
export async function nearPage<T>(opts: NearPageOptions<T>): Promise<{ items: Ranked<T>[]; next: NearPosition | null }> {
  const { limit, after, tolerance } = opts
  const minDistance = after ? Math.max(0, after.distance - tolerance) : 0
  const order = (a: Ranked<T>, b: Ranked<T>) => a.distance - b.distance || compareIds(opts.idOf(a.row), opts.idOf(b.row))
  let count = limit + 1 + opts.spare
  for (;;) {
    const rows = await opts.read(minDistance, count)
    const ranked = rows
      .map((row) => ({ row, distance: opts.distanceOf(row) }))
      .filter((r) => !after || r.distance > after.distance || (r.distance === after.distance && opts.idOf(r.row) > after.id))
      .sort(order)
    const full = rows.length >= count
    let known = ranked
    if (full) {
      const edge = Math.max(...rows.map(opts.distanceOf)) - tolerance
      known = ranked.filter((r) => r.distance < edge)
      if (known.length < limit && count < opts.maxRead) {
        count = Math.min(opts.maxRead, count * 4)
        continue
      }
      // More rows within a tolerance of each other than one read may hold: keep the order as read.
      if (known.length < limit) known = ranked
    }
    const items = known.slice(0, limit)
    const last = items[items.length - 1]
    const more = known.length > limit || full
    return { items, next: last && more ? { distance: last.distance, id: opts.idOf(last.row) } : null }
  }
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
