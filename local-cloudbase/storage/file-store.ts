// Cloud storage for the local CloudBase: file bytes under <dataDir>/storage/, one row of metadata
// per file (owner, size, type) in the same SQLite file as the database. Writes land whole: bytes go
// to a temporary file renamed into place, then the row is committed.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'

/** What we know about a stored file. */
export interface StoredFile {
  fileId: string
  cloudPath: string
  /** openid of the mini-program user who uploaded it; '' for server (SDK) uploads. */
  owner: string
  size: number
  contentType: string
  createdAt: string
}

const CONTENT_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheetml.sheet',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json'
}

/** A cloud path CloudBase would accept: relative, no `..`, no empty segments, ≤ 1024 chars. */
export function isValidCloudPath(cloudPath: string): boolean {
  if (!cloudPath || cloudPath.length > 1024 || cloudPath.startsWith('/') || cloudPath.includes('\\')) return false
  return cloudPath.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..' && !/[\x00-\x1f]/.test(seg))
}

export class FileStore {
  private readonly db: Database.Database
  private readonly root: string

  constructor(dataDir: string, readonly envId: string) {
    this.root = path.join(dataDir, 'storage')
    mkdirSync(this.root, { recursive: true })
    this.db = new Database(path.join(dataDir, 'database.sqlite'))
    this.db.pragma('journal_mode = WAL')
    this.db.pragma('busy_timeout = 5000')
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS "storage:files" (file_id TEXT PRIMARY KEY, cloud_path TEXT NOT NULL UNIQUE, owner TEXT NOT NULL, size INTEGER NOT NULL, content_type TEXT NOT NULL, created_at TEXT NOT NULL) WITHOUT ROWID'
    )
  }

  /** The fileID CloudBase gives a cloud path (`cloud://<env>.<bucket>/<path>`). */
  fileIdOf(cloudPath: string): string {
    return `cloud://${this.envId}.local-bucket/${cloudPath}`
  }

  /** Stores bytes at a cloud path (replacing what was there, as COS does). */
  put(cloudPath: string, bytes: Buffer, owner: string): StoredFile {
    if (!isValidCloudPath(cloudPath)) throw new Error('invalid cloud path')
    const file = path.join(this.root, cloudPath)
    mkdirSync(path.dirname(file), { recursive: true })
    const temp = `${file}.${process.pid}.${Date.now()}.part`
    writeFileSync(temp, bytes)
    renameSync(temp, file)
    const row: StoredFile = {
      fileId: this.fileIdOf(cloudPath),
      cloudPath,
      owner,
      size: bytes.length,
      contentType: CONTENT_TYPES[path.extname(cloudPath).toLowerCase()] ?? 'application/octet-stream',
      createdAt: new Date().toISOString()
    }
    this.db
      .prepare(
        'INSERT INTO "storage:files" (file_id, cloud_path, owner, size, content_type, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(file_id) DO UPDATE SET owner = excluded.owner, size = excluded.size, content_type = excluded.content_type, created_at = excluded.created_at'
      )
      .run(row.fileId, row.cloudPath, row.owner, row.size, row.contentType, row.createdAt)
    return row
  }

  /** Metadata for a fileID, or undefined. */
  stat(fileId: string): StoredFile | undefined {
    const r = this.db.prepare('SELECT * FROM "storage:files" WHERE file_id = ?').get(fileId) as
      | { file_id: string; cloud_path: string; owner: string; size: number; content_type: string; created_at: string }
      | undefined
    if (!r || !existsSync(path.join(this.root, r.cloud_path))) return undefined
    return { fileId: r.file_id, cloudPath: r.cloud_path, owner: r.owner, size: r.size, contentType: r.content_type, createdAt: r.created_at }
  }

  /** The bytes of a stored file. */
  read(file: StoredFile): Buffer {
    return readFileSync(path.join(this.root, file.cloudPath))
  }

  /** Deletes a file; false when there was none. */
  delete(fileId: string): boolean {
    const file = this.stat(fileId)
    if (!file) return false
    this.db.prepare('DELETE FROM "storage:files" WHERE file_id = ?').run(fileId)
    rmSync(path.join(this.root, file.cloudPath), { force: true })
    return true
  }

  /** Forgets every file (local admin reset). */
  clear(): void {
    this.db.exec('DELETE FROM "storage:files"')
    rmSync(this.root, { recursive: true, force: true })
    mkdirSync(this.root, { recursive: true })
  }

  close(): void {
    this.db.close()
  }
}
