// Page cursors: the (sort key, _id) of the last row a page showed, opaque to the app. Paging by key
// instead of skip keeps page 500 as cheap as page 1 on an index of (key, _id). Feeds and search
// page on publishedAt, 收藏 on createdAt, the review queue on submittedAt; all ISO 8601 strings.

/** The position after which the next page starts. */
export interface PagePosition {
  /** The sort key of the last row shown (an ISO 8601 instant). */
  at: string
  id: string
}

/** Encodes a position as a URL-safe string. */
export function encodeCursor(pos: PagePosition): string {
  return Buffer.from(JSON.stringify([pos.at, pos.id]), 'utf8').toString('base64url')
}

/** Decodes a cursor; null when it was not made by `encodeCursor`. */
export function decodeCursor(cursor: string): PagePosition | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (!Array.isArray(value) || value.length !== 2) return null
    const [at, id] = value
    if (typeof at !== 'string' || typeof id !== 'string' || !at || !id) return null
    if (Number.isNaN(Date.parse(at)) || id.length > 64) return null
    return { at, id }
  } catch {
    return null
  }
}

/** What a command builder must offer for `after` (the SDK's `db.command`). */
interface Commands {
  lt: (v: string) => unknown
  gt: (v: string) => unknown
  or: (conditions: object[]) => unknown
}

/**
 * The condition "strictly after `pos`" for rows ordered by (`field` desc, `_id` desc): older, or as
 * old with a smaller _id. Ties on the key neither repeat nor skip a row.
 */
export function after(_: Commands, field: string, pos: PagePosition): object {
  return _.or([{ [field]: _.lt(pos.at) }, { [field]: pos.at, _id: _.lt(pos.id) }]) as object
}

/** The same for rows ordered oldest first (`field` asc, `_id` asc), e.g. a review queue. */
export function afterAscending(_: Commands, field: string, pos: PagePosition): object {
  return _.or([{ [field]: _.gt(pos.at) }, { [field]: pos.at, _id: _.gt(pos.id) }]) as object
}

/** The next page's cursor: the last row's position when more rows follow, else null. */
export function nextCursor<T>(rows: T[], limit: number, position: (row: T) => PagePosition): string | null {
  return rows.length > limit && limit > 0 ? encodeCursor(position(rows[limit - 1])) : null
}
