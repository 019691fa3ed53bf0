// Spawns `server-process.ts` and waits for its URL.
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { ROOT } from '../../scripts/paths'

/** A local CloudBase running in a child process. */
export interface ServerProcess {
  url: string
  child: ChildProcess
}

export function spawnServer(dataDir: string): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'server-process.ts')], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  return new Promise((resolve, reject) => {
    let out = ''
    let err = ''
    child.stderr!.on('data', (d) => (err += d))
    child.stdout!.on('data', (d) => {
      out += d
      const line = out.split('\n').find((l) => l.startsWith('{'))
      if (line) resolve({ url: JSON.parse(line).url, child })
    })
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${err}`)))
  })
}

/** kill -9, and wait until the process is gone. */
export function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGKILL')
  })
}
