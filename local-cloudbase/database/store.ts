// The durable document store under the local CloudBase: one SQLite file (better-sqlite3), one
// table per collection holding each document as relaxed EJSON. SQLite gives atomic, durable
// commits (WAL: a committed write survives the process being killed) and unique expression indexes;
// query semantics come from mingo in `query.ts`.
import Database from 'better-sqlite3'
import type { IndexSpec } from '../../database/collections'
import { decodeStored, encodeStored } from './ejson'

export type Doc = Record<string, unknown> & { _id: string }

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

  constructor(file: string) {
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
    this.db.exec(`CREATE TABLE IF NOT EXISTS ${table(name)} (id TEXT PRIMARY KEY, doc TEXT NOT NULL) WITHOUT ROWID`)
    this.known.add(name)
  }

  /** Creates a declared index as a SQLite expression index over the JSON document. */
  ensureIndex(collection: string, spec: IndexSpec): void {
    this.ensureCollection(collection)
    const exprs = Object.keys(spec.keys).map((k) => (k === '_id' ? 'id' : `json_extract(doc, '${jsonPath(k)}')`))
    const unique = spec.unique ? 'UNIQUE ' : ''
    const name = `"idx:${collection}:${spec.name.replace(/"/g, '')}"`
    this.db.exec(`CREATE ${unique}INDEX IF NOT EXISTS ${name} ON ${table(collection)} (${exprs.join(', ')})`)
  }

  /** Every document of a collection, parsed. Callers must not mutate them. */
  all(collection: string): readonly Doc[] {
    this.checkExternalWrites()
    if (!this.known.has(collection)) return []
    let docs = this.cache.get(collection)
    if (!docs) {
      const rows = this.db.prepare(`SELECT doc FROM ${table(collection)}`).raw().all() as [string][]
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

  /** Inserts a new document; throws DuplicateKeyError on an existing `_id` or a unique index. */
  insert(collection: string, doc: Doc): void {
    this.ensureCollection(collection)
    this.write(collection, () => this.db.prepare(`INSERT INTO ${table(collection)} (id, doc) VALUES (?, ?)`).run(doc._id, encodeStored(doc)))
  }

  /** Replaces (or creates) the document with this `_id`. */
  put(collection: string, doc: Doc): void {
    this.ensureCollection(collection)
    this.write(collection, () =>
      this.db.prepare(`INSERT INTO ${table(collection)} (id, doc) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET doc = excluded.doc`).run(doc._id, encodeStored(doc))
    )
  }

  /** Deletes by `_id`; true when something was deleted. */
  delete(collection: string, id: string): boolean {
    if (!this.known.has(collection)) return false
    return this.write(collection, () => this.db.prepare(`DELETE FROM ${table(collection)} WHERE id = ?`).run(id)).changes > 0
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
      for (const name of this.known) this.db.exec(`DROP TABLE IF EXISTS ${table(name)}`)
    })
    this.known.clear()
    this.cache.clear()
  }

  close(): void {
    this.db.close()
  }

  private write<T>(collection: string, fn: () => T): T {
    try {
      const result = fn()
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

function table(collection: string): string {
  return `"coll:${collection}"`
}

function jsonPath(dotPath: string): string {
  return '$' + dotPath.split('.').map((p) => `."${p.replace(/["']/g, '')}"`).join('')
}
