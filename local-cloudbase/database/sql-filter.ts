// Translates MongoDB filters into SQL over the store's indexed columns, so reads on declared
// indexes run as SQLite index scans instead of in-memory scans. Only what can be translated
// exactly is translated; anything else (regex, null, booleans, dates, $exists, $not, fields that
// are not indexed) is left to mingo. https://www.mongodb.com/docs/manual/reference/operator/query/

/** The columns a collection offers to SQL. */
export interface IndexedFields {
  /** Dot paths held in generated columns (`"f:<path>"`): declared scalar index keys. */
  scalar: ReadonlySet<string>
  /** Dot paths with a multikey side table (`"mk:<collection>:<path>"`). */
  multikey: ReadonlySet<string>
  /** Dot paths with a 2dsphere index (GeoJSON points), which `$nearSphere` requires. */
  geo: ReadonlySet<string>
}

/** A translated filter: a SQL boolean expression and its parameters. */
export interface SqlFilter {
  sql: string
  params: unknown[]
  /** Multikey values the filter looks up by equality (the planner weighs them). */
  lookups?: { table: string; value: unknown }[]
}

/**
 * How multikey conditions are written. `in`: the side table yields the matching ids (best when
 * few documents hold the value). `probe`: each row the outer scan reaches is checked against the
 * side table (best when many hold it and an ordered index scan can stop after LIMIT rows).
 */
export type MultikeyMode = 'in' | 'probe'

/** The whole filter as SQL, or null when any part of it cannot be translated exactly. */
export function translateFilter(filter: Record<string, unknown>, fields: IndexedFields, collection: string, mode: MultikeyMode = 'in'): SqlFilter | null {
  const t = new Translator(fields, collection, mode)
  const out = t.conjunction(filter)
  return out && { ...out, lookups: t.lookups }
}

/** The translatable top-level conjuncts as SQL (a superset filter), or null when none are. */
export function translatePrefilter(filter: Record<string, unknown>, fields: IndexedFields, collection: string): SqlFilter | null {
  const t = new Translator(fields, collection, 'in')
  const parts = conjuncts(filter)
    .map((c) => t.conjunction(c))
    .filter((p): p is SqlFilter => p !== null)
  return parts.length ? join(parts, 'AND') : null
}

/** ORDER BY for `order`, or null when a key is not an indexed scalar or `_id`. */
export function translateOrder(order: Record<string, 1 | -1> | undefined, fields: IndexedFields): string | null {
  const keys = Object.entries(order ?? {})
  const parts: string[] = []
  for (const [path, dir] of keys) {
    const col = scalarColumn(path, fields)
    if (!col) return null
    parts.push(`${col} ${dir === -1 ? 'DESC' : 'ASC'}`)
  }
  return parts.join(', ')
}

/** The generated column name for a scalar index key. */
export function fieldColumn(path: string): string {
  return `"f:${path.replace(/"/g, '')}"`
}

/** The side table holding each element of a multikey field. */
export function multikeyTable(collection: string, path: string): string {
  return `"mk:${collection}:${path.replace(/"/g, '')}"`
}

function scalarColumn(path: string, fields: IndexedFields): string | null {
  if (path === '_id') return 'id'
  return fields.scalar.has(path) ? fieldColumn(path) : null
}

function conjuncts(filter: Record<string, unknown>): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = []
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(value)) value.forEach((v) => out.push(...conjuncts(v as Record<string, unknown>)))
    else out.push({ [key]: value })
  }
  return out
}

function join(parts: SqlFilter[], op: 'AND' | 'OR'): SqlFilter {
  if (parts.length === 1) return parts[0]
  return { sql: `(${parts.map((p) => p.sql).join(` ${op} `)})`, params: parts.flatMap((p) => p.params) }
}

const isPlain = (v: unknown): v is string | number => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))
const typeGuard = (col: string, v: string | number) => (typeof v === 'string' ? `typeof(${col}) = 'text'` : `typeof(${col}) IN ('integer', 'real')`)
const COMPARE: Record<string, string> = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' }

class Translator {
  readonly lookups: { table: string; value: unknown }[] = []

  constructor(private readonly fields: IndexedFields, private readonly collection: string, private readonly mode: MultikeyMode) {}

  conjunction(filter: Record<string, unknown>): SqlFilter | null {
    if (!filter || typeof filter !== 'object' || Array.isArray(filter)) return null
    const parts: SqlFilter[] = []
    for (const [key, value] of Object.entries(filter)) {
      const part = key.startsWith('$') ? this.logical(key, value) : this.field(key, value)
      if (!part) return null
      parts.push(part)
    }
    return parts.length ? join(parts, 'AND') : { sql: '1', params: [] }
  }

  private logical(op: string, value: unknown): SqlFilter | null {
    if ((op !== '$and' && op !== '$or') || !Array.isArray(value) || value.length === 0) return null
    const keyset = op === '$or' ? this.keysetRange(value) : null
    if (keyset) return keyset
    const parts = value.map((v) => this.conjunction(v as Record<string, unknown>))
    if (parts.some((p) => p === null)) return null
    return join(parts as SqlFilter[], op === '$and' ? 'AND' : 'OR')
  }

  /**
   * Key-set paging — `$or: [{ a: { $lt: x } }, { a: x, b: { $lt: y } }]`, "after (x, y)" — as the
   * row value `(a, b) < (x, y)`, which SQLite answers by seeking the (a, b) index instead of
   * scanning from its start: page 500 costs what page 1 costs.
   */
  private keysetRange(branches: unknown[]): SqlFilter | null {
    if (branches.length !== 2) return null
    const [first, second] = branches as Record<string, unknown>[]
    if (!first || !second || typeof first !== 'object' || typeof second !== 'object') return null
    const firstKeys = Object.keys(first)
    const secondKeys = Object.keys(second)
    if (firstKeys.length !== 1 || secondKeys.length !== 2) return null
    const a = firstKeys[0]
    const b = secondKeys.find((k) => k !== a)
    const range = first[a] as Record<string, unknown> | undefined
    const eq = second[a]
    const tail = b ? (second[b] as Record<string, unknown> | undefined) : undefined
    if (!b || !range || !tail || typeof range !== 'object' || typeof tail !== 'object') return null
    const [[op, x], ...moreA] = Object.entries(range)
    const [[opB, y], ...moreB] = Object.entries(tail)
    if (moreA.length || moreB.length || (op !== '$lt' && op !== '$gt') || opB !== op) return null
    if (!isPlain(x) || x !== eq || typeof y !== 'string' || b !== '_id') return null
    const colA = scalarColumn(a, this.fields)
    if (!colA) return null
    return { sql: `((${colA}, id) ${COMPARE[op]} (?, ?) AND ${typeGuard(colA, x)})`, params: [x, y] }
  }

  private field(path: string, condition: unknown): SqlFilter | null {
    const isOperatorObject =
      condition !== null && typeof condition === 'object' && !Array.isArray(condition) && !(condition instanceof Date) && !(condition instanceof RegExp)
    const ops: [string, unknown][] = isOperatorObject ? Object.entries(condition as Record<string, unknown>) : [['$eq', condition]]
    if (ops.length === 0 || ops.some(([op]) => !op.startsWith('$'))) return null
    const parts = ops.map(([op, v]) => (this.fields.multikey.has(path) ? this.multikeyOp(path, op, v) : this.scalarOp(path, op, v)))
    if (parts.some((p) => p === null)) return null
    return join(parts as SqlFilter[], 'AND')
  }

  private scalarOp(path: string, op: string, v: unknown): SqlFilter | null {
    const col = scalarColumn(path, this.fields)
    if (!col) return null
    if (op === '$eq' && isPlain(v)) return { sql: `${col} = ?`, params: [v] }
    // Missing fields match $ne / $nin in MongoDB; json_extract gives NULL for them.
    if (op === '$ne' && isPlain(v)) return { sql: `(${col} IS NULL OR ${col} != ?)`, params: [v] }
    if (op in COMPARE && isPlain(v)) return { sql: `(${col} ${COMPARE[op]} ? AND ${typeGuard(col, v)})`, params: [v] }
    if ((op === '$in' || op === '$nin') && Array.isArray(v) && v.every(isPlain)) {
      if (v.length === 0) return { sql: op === '$in' ? '0' : '1', params: [] }
      const list = v.map(() => '?').join(', ')
      return op === '$in' ? { sql: `${col} IN (${list})`, params: v } : { sql: `(${col} IS NULL OR ${col} NOT IN (${list}))`, params: v }
    }
    return null
  }

  private multikeyOp(path: string, op: string, v: unknown): SqlFilter | null {
    const table = multikeyTable(this.collection, path)
    const outer = `"coll:${this.collection}".id`
    const has = (cond: string, params: unknown[]): SqlFilter =>
      this.mode === 'probe'
        ? { sql: `EXISTS (SELECT 1 FROM ${table} WHERE ${cond} AND id = ${outer})`, params }
        : { sql: `id IN (SELECT id FROM ${table} WHERE ${cond})`, params }
    const lookup = (x: unknown) => {
      this.lookups.push({ table, value: x })
      return has('value = ?', [x])
    }
    if (op === '$eq' && isPlain(v)) return lookup(v)
    if (op in COMPARE && isPlain(v)) return has(`value ${COMPARE[op]} ? AND ${typeGuard('value', v)}`, [v])
    if (op === '$in' && Array.isArray(v) && v.every(isPlain)) return v.length ? has(`value IN (${v.map(() => '?').join(', ')})`, v) : { sql: '0', params: [] }
    if (op === '$all' && Array.isArray(v) && v.length > 0 && v.every(isPlain)) {
      // One subquery per element: SQLite builds each id set from the (value, id) primary key.
      return join(v.map(lookup), 'AND')
    }
    return null
  }
}
