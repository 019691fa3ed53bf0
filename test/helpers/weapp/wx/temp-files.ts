// The phone's temporary files: what chooseMedia picks and downloadFile fetches live at
// `http://tmp/<name>` paths (WeChat's form in DevTools; `wxfile://tmp_…` on a phone).
import { randomBytes } from 'node:crypto'

export class TempFiles {
  private readonly files = new Map<string, Buffer>()

  /** Stores bytes and returns the temporary path WeChat would give them. */
  add(bytes: Buffer, extension: string): string {
    const tempPath = `http://tmp/${randomBytes(8).toString('hex')}${extension ? `.${extension.replace(/^\./, '')}` : ''}`
    this.files.set(tempPath, bytes)
    return tempPath
  }

  read(tempPath: string): Buffer | undefined {
    return this.files.get(tempPath)
  }
}

/** The extension of a file name, lower case, without the dot ('' when none). */
export function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(name)
  return m ? m[1].toLowerCase() : ''
}
