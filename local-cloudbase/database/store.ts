// The durable document store under the local CloudBase: one SQLite file (better-sqlite3), one
// table per collection holding each document as relaxed EJSON. SQLite gives atomic, durable
// commits (WAL: a committed write survives the process being killed) and unique expression indexes;
// query semantics come from mingo in `query.ts`.
import Database from 'better-sqlite3'
import { ObjectId } from 'bson'
import type { IndexSpec } from '../../database/collections'
import { decodeStored, encodeStored } from './ejson'
import { fieldColumn, multikeyTable, type IndexedFields, type SqlFilter } from './sql-filter'

/** A document's `_id`: CloudBase's own are 32-hex strings; `db.ObjectId({ id })` gives an ObjectId. */
export type DocId = string | ObjectId

export type Doc = Record<string, unknown> & { _id: DocId }

/** The primary key a document is stored under. An ObjectId `_id` keeps its own key space, so
 * `doc('<hex>')` (a string) does not find it, as in MongoDB. */
export function storeKey(id: DocId): string {
  return typeof id === 'string' ? id : `$oid:${id.toHexString()}`
}

/** The `_id` as replies carry it: CloudBase answers ObjectIds as their hex strings. */
export function replyId(id: DocId): string {
  return typeof id === 'string' ? id : id.toHexString()
}

/** A write that would break a unique index (or reuse an `_id`). */
export class DuplicateKeyError extends Error {
  constructor(readonly collection: string, detail: string) {
    super(`duplicate key in ${collection}: ${detail}`)
  }
}

/** A collection name CloudBase would refuse. */
export class InvalidCollectionError extends Error {}

const COLLECTION_NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/

export class DocumentStore {
  private readonly db: Database.Database
  private readonly known = new Set<string>()
  // Parsed documents per collection, dropped on our writes and whenever another connection
  // (e.g. `npm run import` while the server runs) commits, which `data_version` reveals.
  private readonly cache = new Map<string, Doc[]>()
  private seenVersion = -1
  // Which dot paths of each collection SQL can see: declared index keys (generated columns) and
  // multikey fields (side tables of (value, id)).
  private readonly scalarFields = new Map<string, Set<string>>()
  private readonly multikeyFields = new Map<string, Set<string>>()
  private readonly geoFields = new Map<string, Set<string>>()

  constructor(private readonly file: string) {
    this.db = new Database(file)
    this.db.pragma('journal_mode = WAL')
    // NORMAL in WAL mode: a commit is in the OS once `run` returns, so a killed process loses
    // nothing; only a power cut could drop the last commits. Tests kill the process, not the power.
    this.db.pragma('synchronous = NORMAL')
    this.db.pragma('busy_timeout = 5000')
    for (const row of this.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'coll:%'").all() as { name: string }[]) {
      this.known.add(row.name.slice(5))
    }
  }

  /** Names of the collections that exist. */
  collections(): string[] {
    return [...this.known].sort()
  }

  /** Creates the collection's table if needed (CloudBase creates collections on first write too). */
  ensureCollection(name: string): void {
    if (this.known.has(name)) return
    if (!COLLECTION_NAME.test(name)) throw new InvalidCollectionError(`invalid collection name: ${name}`)
    // A rowid table, not WITHOUT ROWID: SQLite treats an index over generated columns of a
    // WITHOUT ROWID table as not covering, so `count()` by an indexed field read every matching
    // document (a second per 6,000 articles); here it counts index entries alone. Reads without an
    // order still come in `_id` order (ORDER BY id below), as they did.
    this.db.exec(`CREATE TABLE IF NOT EXISTS ${table(name)} (id TEXT PRIMARY KEY, doc TEXT NOT NULL)`)
    this.known.add(name)
  }

  /**
   * Creates a declared index. Scalar keys become generated columns with a SQLite index over them
   * (so SQL can filter and sort on them, and a unique index is enforced by SQLite); a multikey key
   * gets a side table holding one (value, id) row per array element.
   */
  ensureIndex(collection: string, spec: IndexSpec): void {
    this.ensureCollection(collection)
    const paths = Object.keys(spec.keys)
    const geo = paths.filter((p) => spec.keys[p] === '2dsphere')
    if (geo.length) {
      // Distances are computed per query (geo.ts); the index only declares where they are allowed.
      const fields = this.geoFields.get(collection) ?? new Set<string>()
      geo.forEach((p) => fields.add(p))
      this.geoFields.set(collection, fields)
      return
    }
    if (spec.multikey) {
      if (paths.length !== 1 || spec.unique) throw new InvalidCollectionError(`multikey index ${spec.name} must have one key and not be unique`)
      this.ensureMultikey(collection, paths[0])
      return
    }
    const columns = paths.map((path) => {
      if (path === '_id') return `id ${spec.keys[path] === -1 ? 'DESC' : 'ASC'}`
      this.ensureFieldColumn(collection, path)
      return `${fieldColumn(path)} ${spec.keys[path] === -1 ? 'DESC' : 'ASC'}`
    })
    const unique = spec.unique ? 'UNIQUE ' : ''
    const name = `"ix:${collection}:${spec.name.replace(/"/g, '')}"`
    this.db.exec(`CREATE ${unique}INDEX IF NOT EXISTS ${name} ON ${table(collection)} (${columns.join(', ')})`)
  }

  /** The fields SQL can filter and sort on in this collection. */
  indexedFields(collection: string): IndexedFields {
    return {
      scalar: this.scalarFields.get(collection) ?? new Set(),
      multikey: this.multikeyFields.get(collection) ?? new Set(),
      geo: this.geoFields.get(collection) ?? new Set()
    }
  }

  /** Documents matching a translated filter, ordered and paged in SQL. */
  select(collection: string, where: SqlFilter | null, orderBy: string, limit?: number, offset?: number): Doc[] {
    if (!this.known.has(collection)) return []
    const params = [...(where?.params ?? [])]
    let sql = `SELECT doc FROM ${table(collection)} WHERE ${where?.sql ?? '1'}`
    sql += ` ORDER BY ${orderBy || 'id'}`
    if (limit !== undefined) {
      sql += ' LIMIT ? OFFSET ?'
      params.push(limit, offset ?? 0)
    }
    const rows = this.db.prepare(sql).raw().all(...params) as [string][]
    return rows.map(([text]) => decodeStored(text) as Doc)
  }

  /** How many documents hold `value` in a multikey side table (for the planner's choice). */
  countMultikey(sideTable: string, value: unknown): number {
    return (this.db.prepare(`SELECT count(*) AS n FROM ${sideTable} WHERE value = ?`).get(value) as { n: number }).n
  }

  /** How many documents match a translated filter. */
  count(collection: string, where: SqlFilter | null): number {
    if (!this.known.has(collection)) return 0
    const row = this.db.prepare(`SELECT count(*) AS n FROM ${table(collection)} WHERE ${where?.sql ?? '1'}`).get(...(where?.params ?? [])) as { n: number }
    return row.n
  }

  /** Every document of a collection, parsed. Callers must not mutate them. */
  all(collection: string): readonly Doc[] {
    this.checkExternalWrites()
    if (!this.known.has(collection)) return []
    let docs = this.cache.get(collection)
    if (!docs) {
      const rows = this.db.prepare(`SELECT doc FROM ${table(collection)} ORDER BY id`).raw().all() as [string][]
      docs = rows.map(([text]) => decodeStored(text) as Doc)
      this.cache.set(collection, docs)
    }
    return docs
  }

  /** One document by `_id`, parsed fresh (safe to mutate). */
  get(collection: string, id: string): Doc | undefined {
    if (!this.known.has(collection)) return undefined
    const row = this.db.prepare(`SELECT doc FROM ${table(collection)} WHERE id = ?`).get(id) as { doc: string } | undefined
    return row ? (decodeStored(row.doc) as Doc) : undefined
  }

  /** The stored text of one document, to tell whether it changed since a snapshot saw it. */
  getText(collection: string, id: string): string | undefined {
    if (!this.known.has(collection)) return undefined
    const row = this.db.prepare(`SELECT doc FROM ${table(collection)} WHERE id = ?`).raw().get(id) as [string] | undefined
    return row?.[0]
  }

  /** A read-only view of the database as it is now: later commits stay invisible to it. */
  openSnapshot(): Snapshot {
    return new Snapshot(this.file)
  }

  /** Inserts a new document; throws DuplicateKeyError on an existing `_id` or a unique index. */
  insert(collection: string, doc: Doc): void {
    this.ensureCollection(collection)
    this.write(collection, () => {
      this.db.prepare(`INSERT INTO ${table(collection)} (id, doc) VALUES (?, ?)`).run(storeKey(doc._id), encodeStored(doc))
      this.indexElements(collection, doc)
    })
  }

  /** Replaces (or creates) the document with this `_id`. */
  put(collection: string, doc: Doc): void {
    this.ensureCollection(collection)
    this.write(collection, () => {
      this.db.prepare(`INSERT INTO ${table(collection)} (id, doc) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET doc = excluded.doc`).run(storeKey(doc._id), encodeStored(doc))
      this.indexElements(collection, doc)
    })
  }

  /** Deletes by `_id`; true when something was deleted. */
  delete(collection: string, _id: DocId): boolean {
    if (!this.known.has(collection)) return false
    const id = storeKey(_id)
    return this.write(collection, () => {
      for (const path of this.multikeyFields.get(collection) ?? []) this.db.prepare(`DELETE FROM ${multikeyTable(collection, path)} WHERE id = ?`).run(id)
      return this.db.prepare(`DELETE FROM ${table(collection)} WHERE id = ?`).run(id).changes > 0
    })
  }

  /** Runs `fn` as one atomic SQLite transaction: all its writes land, or none. */
  transaction<T>(fn: () => T): T {
    try {
      return this.db.transaction(fn)()
    } catch (err) {
      // A rolled-back transaction leaves cached documents that were never committed.
      this.cache.clear()
      throw err
    }
  }

  /** Drops every collection (local admin reset). */
  dropAll(): void {
    this.transaction(() => {
      const tables = this.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND (name LIKE 'coll:%' OR name LIKE 'mk:%')").all() as { name: string }[]
      for (const { name } of tables) this.db.exec(`DROP TABLE IF EXISTS "${name}"`)
    })
    this.known.clear()
    this.cache.clear()
    this.scalarFields.clear()
    this.multikeyFields.clear()
    this.geoFields.clear()
  }

  close(): void {
    this.db.close()
  }

  private ensureFieldColumn(collection: string, path: string): void {
    const fields = this.scalarFields.get(collection) ?? new Set<string>()
    this.scalarFields.set(collection, fields)
    if (fields.has(path)) return
    const existing = this.db.prepare(`PRAGMA table_xinfo(${table(collection)})`).all() as { name: string }[]
    if (!existing.some((c) => c.name === `f:${path}`)) {
      this.db.exec(`ALTER TABLE ${table(collection)} ADD COLUMN ${fieldColumn(path)} AS (json_extract(doc, '${jsonPath(path)}')) VIRTUAL`)
    }
    fields.add(path)
  }

  private ensureMultikey(collection: string, path: string): void {
    const fields = this.multikeyFields.get(collection) ?? new Set<string>()
    this.multikeyFields.set(collection, fields)
    if (fields.has(path)) return
    const side = multikeyTable(collection, path)
    const exists = this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(side.slice(1, -1))
    fields.add(path)
    if (exists) return
    this.transaction(() => {
      this.db.exec(`CREATE TABLE ${side} (value ANY NOT NULL, id TEXT NOT NULL, PRIMARY KEY (value, id)) WITHOUT ROWID`)
      this.db.exec(`CREATE INDEX "${side.slice(1, -1)}:id" ON ${side} (id)`)
      for (const doc of this.all(collection)) this.indexElements(collection, doc)
    })
  }

  // Mirrors a document's multikey values into their side tables (MongoDB indexes each element).
  private indexElements(collection: string, doc: Doc): void {
    for (const path of this.multikeyFields.get(collection) ?? []) {
      const side = multikeyTable(collection, path)
      this.db.prepare(`DELETE FROM ${side} WHERE id = ?`).run(storeKey(doc._id))
      const value = path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), doc)
      const values = (Array.isArray(value) ? value : [value]).filter((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)))
      const insert = this.db.prepare(`INSERT OR IGNORE INTO ${side} (value, id) VALUES (?, ?)`)
      for (const v of values) insert.run(v, storeKey(doc._id))
    }
  }

  private write<T>(collection: string, fn: () => T): T {
    try {
      const result = this.db.transaction(fn)()
      this.cache.delete(collection)
      return result
    } catch (err) {
      const code = (err as { code?: string }).code ?? ''
      if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
        throw new DuplicateKeyError(collection, (err as Error).message)
      }
      throw err
    }
  }

  private checkExternalWrites(): void {
    const version = this.db.pragma('data_version', { simple: true }) as number
    if (version !== this.seenVersion) {
      this.cache.clear()
      this.seenVersion = version
    }
  }
}

/**
 * A point-in-time view for one transaction: its own connection holding a WAL read transaction, so
 * SQLite itself keeps serving the documents as they were when it opened, whatever commits later.
 */
export class Snapshot {
  private readonly db: Database.Database

  constructor(file: string) {
    this.db = new Database(file)
    this.db.pragma('busy_timeout = 5000')
    // A deferred BEGIN pins its snapshot at the first read, so read once now.
    this.db.exec('BEGIN')
    this.db.prepare('SELECT count(*) FROM sqlite_master').get()
  }

  /** The stored text of a document as of the snapshot, or undefined. */
  getText(collection: string, id: string): string | undefined {
    try {
      const row = this.db.prepare(`SELECT doc FROM ${table(collection)} WHERE id = ?`).raw().get(id) as [string] | undefined
      return row?.[0]
    } catch (err) {
      // The collection was created after the snapshot: nothing in it existed then.
      if (/no such table/.test((err as Error).message)) return undefined
      throw err
    }
  }

  /** A document as of the snapshot, parsed (safe to mutate). */
  get(collection: string, id: string): Doc | undefined {
    const text = this.getText(collection, id)
    return text === undefined ? undefined : (decodeStored(text) as Doc)
  }

  close(): void {
    if (this.db.open) this.db.close()
  }
}

function table(collection: string): string {
  return `"coll:${collection}"`
}

function jsonPath(dotPath: string): string {
  return '$' + dotPath.split('.').map((p) => `."${p.replace(/["']/g, '')}"`).join('')
}
