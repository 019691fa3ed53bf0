// Transactions as CloudBase documents them (https://docs.cloudbase.net/database/transaction and
// WeChat's guide/database/transaction): `database.startTransaction` answers `{ transactionId }`;
// reads and writes carry that id; `commitTransaction` / `abortTransaction` end it.
// - Snapshot isolation: reads see the database as it was when the transaction started, plus its
//   own writes (a SQLite WAL read transaction on a connection of its own keeps that view).
// - Writes are kept in the transaction until commit, then applied in one SQLite transaction, so an
//   acknowledged commit is durable like any single write.
// - A write takes the document's transaction lock. Another transaction writing a locked document,
//   or a document committed by anyone since its snapshot, fails at once with
//   DATABASE_TRANSACTION_CONFLICT and is rolled back (as MongoDB aborts on a write conflict);
//   a plain (non-transaction) write to a locked document waits until the lock is released.
// - Only single-document operations: `doc(id).get/set/update/remove` and `add`.
// - A transaction not committed or aborted within its time limit (30 s on CloudBase) is rolled
//   back; any later use of its id is DATABASE_TRANSACTION_FAIL (TransactionNotExist).
import { CloudbaseError, CODES, TRANSACTION_MESSAGES } from '../errors'
import { cloneDoc, decodeWire, encodeWire, resolveServerDates } from './ejson'
import { projectDocs } from './planner'
import { applyOperators, isOperatorUpdate, normalizeProjection, type Filter } from './query'
import { givenOrNewId, newId } from './service'
import { DuplicateKeyError, replyId, storeKey, type Doc, type DocId, type DocumentStore, type Snapshot } from './store'

type Params = Record<string, unknown>

/** CloudBase's limit: "transaction must be commit or abort in 30 seconds". */
export const TRANSACTION_TIME_LIMIT_MS = 30_000

/** Open transactions at once; each holds a SQLite connection. */
const MAX_OPEN = 500

/** Thrown to a plain write whose document a transaction has locked: retry once `released` settles. */
export class DocumentLocked extends Error {
  constructor(readonly released: Promise<void>) {
    super('document locked by a transaction')
  }
}

interface PendingWrite {
  collection: string
  /** The document's storage key (`storeKey`). */
  id: string
  /** The stored text the snapshot saw (undefined: the document did not exist). */
  base: string | undefined
  /** What commit writes; null deletes. */
  next: Doc | null
}

interface OpenTransaction {
  id: string
  snapshot: Snapshot
  writes: Map<string, PendingWrite>
  timer: NodeJS.Timeout
  released: Promise<void>
  release: () => void
}

/** The open transactions of one local CloudBase and the document locks they hold. */
export class TransactionManager {
  private readonly open = new Map<string, OpenTransaction>()
  private readonly locks = new Map<string, OpenTransaction>()

  constructor(
    private readonly store: DocumentStore,
    private readonly timeLimitMs = TRANSACTION_TIME_LIMIT_MS
  ) {}

  /** `database.startTransaction`. */
  start(): string {
    if (this.open.size >= MAX_OPEN) throw new CloudbaseError(CODES.TRANSACTION_FAIL, `too many open transactions (${MAX_OPEN})`)
    let release!: () => void
    const released = new Promise<void>((resolve) => (release = resolve))
    const tx: OpenTransaction = {
      id: newId(),
      snapshot: this.store.openSnapshot(),
      writes: new Map(),
      timer: setTimeout(() => this.finish(tx), this.timeLimitMs),
      released,
      release
    }
    tx.timer.unref()
    this.open.set(tx.id, tx)
    return tx.id
  }

  /** `database.commitTransaction`: applies every write at once, or none. */
  commit(transactionId: unknown): void {
    const tx = this.find(transactionId)
    try {
      this.store.transaction(() => {
        for (const w of tx.writes.values()) {
          // Our own process's writers wait for our locks; another process (`npm run import`) cannot.
          if (this.store.getText(w.collection, w.id) !== w.base) throw new CloudbaseError(CODES.TRANSACTION_CONFLICT, TRANSACTION_MESSAGES.conflict)
          if (w.next === null) this.store.delete(w.collection, w.id)
          else if (w.base === undefined) this.store.insert(w.collection, w.next)
          else this.store.put(w.collection, w.next)
        }
      })
    } catch (err) {
      if (err instanceof DuplicateKeyError) throw new CloudbaseError(CODES.DUPLICATE_WRITE, `E11000 duplicate key error collection: ${err.collection}`)
      throw err
    } finally {
      this.finish(tx)
    }
  }

  /** `database.abortTransaction`: forgets every write. */
  abort(transactionId: unknown): void {
    this.finish(this.find(transactionId))
  }

  /** A `database.*` action that carries a `transactionId`. */
  run(action: string, p: Params): unknown {
    const tx = this.find(p.transactionId)
    const collection = typeof p.collectionName === 'string' && p.collectionName ? p.collectionName : ''
    if (!collection) throw new CloudbaseError(CODES.INVALID_PARAM, 'collectionName is required')
    switch (action) {
      case 'database.getDocument': {
        const doc = this.view(tx, collection, docId(p))
        const projection = normalizeProjection(p.projection === undefined ? undefined : decodeWire(String(p.projection)))
        const list = doc ? projectDocs([doc], projection) : []
        return { list: list.map(encodeWire), offset: 0, limit: list.length }
      }
      case 'database.insertDocument': {
        const raw = Array.isArray(p.data) ? p.data : [p.data]
        const docs = raw.map((d) => {
          const doc = resolveServerDates(typeof d === 'string' ? decodeWire(d) : d) as Doc
          if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new CloudbaseError(CODES.INVALID_PARAM, 'data must be an object')
          return { ...doc, _id: givenOrNewId(doc._id) }
        })
        for (const doc of docs) {
          if (this.view(tx, collection, storeKey(doc._id))) throw new CloudbaseError(CODES.DUPLICATE_WRITE, `E11000 duplicate key error collection: ${collection}`)
          this.claim(tx, collection, storeKey(doc._id)).next = doc
        }
        return { insertedIds: docs.map((d) => replyId(d._id)) }
      }
      case 'database.modifyDocument': {
        const id = docId(p)
        const data = resolveServerDates(decodeWire(String(p.data ?? '{}'))) as Filter
        const replace = p.merge === false
        if (!replace && !isOperatorUpdate(data)) throw new CloudbaseError(CODES.INVALID_PARAM, 'update data must use operators')
        const current = this.view(tx, collection, id)
        if (!current) {
          if (p.upsert !== true) return { updated: 0, upsert_id: null }
          const created = replace ? ({ ...data, _id: id } as Doc) : ({ _id: id } as Doc)
          if (!replace) applyOperators(created, data)
          this.claim(tx, collection, id).next = created
          return { updated: 0, upsert_id: id }
        }
        const next = replace ? ({ ...data, _id: id } as Doc) : current
        const changed = replace || applyOperators(next, data)
        this.claim(tx, collection, id).next = next
        return { updated: changed ? 1 : 0, upsert_id: null }
      }
      case 'database.removeDocument': {
        const id = docId(p)
        if (!this.view(tx, collection, id)) return { deleted: 0 }
        this.claim(tx, collection, id).next = null
        return { deleted: 1 }
      }
      default:
        throw new CloudbaseError(CODES.INVALID_PARAM, 'transactions allow single-document operations only: doc(id).get/set/update/remove and add')
    }
  }

  /** For a plain write: throws DocumentLocked when a transaction holds one of these documents. */
  guardPlainWrite = (collection: string, ids: readonly DocId[]): void => {
    if (this.locks.size === 0) return
    for (const id of ids) {
      const holder = this.locks.get(lockKey(collection, storeKey(id)))
      if (holder) throw new DocumentLocked(holder.released)
    }
  }

  /** Rolls back every open transaction (local reset, shutdown). */
  abortAll(): void {
    for (const tx of [...this.open.values()]) this.finish(tx)
  }

  /** How many transactions are open (for tests and the health route). */
  get openCount(): number {
    return this.open.size
  }

  private find(transactionId: unknown): OpenTransaction {
    const tx = typeof transactionId === 'string' ? this.open.get(transactionId) : undefined
    if (!tx) throw new CloudbaseError(CODES.TRANSACTION_FAIL, TRANSACTION_MESSAGES.notExist)
    return tx
  }

  // The document as this transaction sees it: its own write, else the snapshot.
  private view(tx: OpenTransaction, collection: string, id: string): Doc | undefined {
    const own = tx.writes.get(lockKey(collection, id))
    if (own) return own.next ? cloneDoc(own.next) : undefined
    return tx.snapshot.get(collection, id)
  }

  // Takes the document's lock for this transaction, or aborts it on a write-write conflict.
  private claim(tx: OpenTransaction, collection: string, id: string): PendingWrite {
    const key = lockKey(collection, id)
    const own = tx.writes.get(key)
    if (own) return own
    const holder = this.locks.get(key)
    const base = tx.snapshot.getText(collection, id)
    if ((holder && holder !== tx) || this.store.getText(collection, id) !== base) {
      this.finish(tx)
      throw new CloudbaseError(CODES.TRANSACTION_CONFLICT, TRANSACTION_MESSAGES.conflict)
    }
    const write: PendingWrite = { collection, id, base, next: null }
    tx.writes.set(key, write)
    this.locks.set(key, tx)
    return write
  }

  private finish(tx: OpenTransaction): void {
    if (!this.open.delete(tx.id)) return
    clearTimeout(tx.timer)
    for (const key of tx.writes.keys()) if (this.locks.get(key) === tx) this.locks.delete(key)
    tx.snapshot.close()
    tx.release()
  }
}

function lockKey(collection: string, id: string): string {
  return `${collection}\u0000${id}`
}

// Transactions take `doc(id)` operations only; the SDK sends them as `queryType: 'DOC'`.
function docId(p: Params): string {
  const query = p.query === undefined ? {} : (decodeWire(String(p.query)) as Filter)
  if (p.queryType !== 'DOC' || typeof query._id !== 'string') {
    throw new CloudbaseError(CODES.INVALID_PARAM, 'transactions allow single-document operations only: doc(id).get/set/update/remove and add')
  }
  return query._id
}
