// Database failures a function answers rather than treats as bugs.

/** A unique-index violation as CloudBase (and the local CloudBase) reports it; the real service's
 * exact code is unconfirmed, so both the code and MongoDB's E11000 text are accepted. */
export function isDuplicateKey(err: unknown): boolean {
  const e = err as { code?: string; message?: string }
  return e?.code === 'DATABASE_DUPLICATE_WRITE' || /E11000|duplicate key/i.test(e?.message ?? '')
}
