// Feed cursors: the (publishedAt, _id) of the last row a page showed, opaque to the app. Paging by
// key instead of skip keeps page 500 as cheap as page 1 on an index of (publishedAt, _id).

/** The position after which the next page starts. */
export interface FeedPosition {
  publishedAt: string
  id: string
}

/** Encodes a position as a URL-safe string. */
export function encodeCursor(pos: FeedPosition): string {
  return Buffer.from(JSON.stringify([pos.publishedAt, pos.id]), 'utf8').toString('base64url')
}

/** Decodes a cursor; null when it was not made by `encodeCursor`. */
export function decodeCursor(cursor: string): FeedPosition | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (!Array.isArray(value) || value.length !== 2) return null
    const [publishedAt, id] = value
    if (typeof publishedAt !== 'string' || typeof id !== 'string' || !publishedAt || !id) return null
    if (Number.isNaN(Date.parse(publishedAt)) || id.length > 64) return null
    return { publishedAt, id }
  } catch {
    return null
  }
}
