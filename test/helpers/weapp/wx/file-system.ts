// wx.getFileSystemManager: the user data folder (`wx.env.USER_DATA_PATH`) kept in memory. The
// offline reader saves downloaded pictures there; getFileInfo also reads temporary files. Calls follow WeChat's callback contract
// (success/fail/complete, `errMsg`); a missing file fails with WeChat's "no such file" text, and a
// path outside the user data folder with its "permission denied" (only that folder is writable).
import { createHash } from 'node:crypto'
import { syncApi } from './callback'
import type { WxContext } from './context'

/** WeChat's user data folder as a phone names it (`wx.env.USER_DATA_PATH`; DevTools says http://usr). */
export const USER_DATA_PATH = 'wxfile://usr'
const USER_DATA = `${USER_DATA_PATH}/`

type Callbacks = { success?: (res: object) => void; fail?: (err: { errMsg: string }) => void; complete?: () => void }

export function fileSystemApis(ctx: WxContext) {
  const readTemp = (p: string) => ctx.files.read(p)
  const saved = new Map<string, Buffer>()
  const finish = (o: Callbacks, name: string, outcome: { ok: true; res: object } | { ok: false; why: string }) => {
    ctx.recorder.call(`FileSystemManager.${name}`, [o])
    queueMicrotask(() => {
      if (outcome.ok) o.success?.({ errMsg: `${name}:ok`, ...outcome.res })
      else o.fail?.({ errMsg: `${name}:fail ${outcome.why}` })
      o.complete?.()
    })
  }
  const manager = {
    saveFile: (o: Callbacks & { tempFilePath: string; filePath?: string }) => {
      const bytes = readTemp(o.tempFilePath)
      if (!bytes) return finish(o, 'saveFile', { ok: false, why: `no such file or directory ${o.tempFilePath}` })
      const target = o.filePath ?? `${USER_DATA}${saved.size}`
      if (!target.startsWith(USER_DATA)) return finish(o, 'saveFile', { ok: false, why: `permission denied, open ${target}` })
      saved.set(target, bytes)
      finish(o, 'saveFile', { ok: true, res: { savedFilePath: target } })
    },
    // Any local file: a saved one or a temporary one (chooseMedia's, cropImage's, compressImage's).
    getFileInfo: (o: Callbacks & { filePath: string; digestAlgorithm?: 'md5' | 'sha1' }) => {
      const bytes = saved.get(o.filePath) ?? readTemp(o.filePath)
      const digest = bytes ? createHash(o.digestAlgorithm === 'sha1' ? 'sha1' : 'md5').update(bytes).digest('hex') : ''
      finish(o, 'getFileInfo', bytes ? { ok: true, res: { size: bytes.length, digest } } : { ok: false, why: `no such file or directory ${o.filePath}` })
    },
    unlink: (o: Callbacks & { filePath: string }) => {
      const existed = saved.delete(o.filePath)
      finish(o, 'unlink', existed ? { ok: true, res: {} } : { ok: false, why: `no such file or directory ${o.filePath}` })
    }
  }
  return { getFileSystemManager: syncApi(ctx, 'getFileSystemManager', () => manager) }
}
