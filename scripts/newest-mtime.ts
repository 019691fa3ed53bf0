// The newest modification time under a file or folder: the H5 and weapp builds compare it with
// their output to rebuild only when a source changed.
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

export function newestMtime(target: string): number {
  if (!existsSync(target)) return 0
  const stat = statSync(target)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)))
  return newest
}
