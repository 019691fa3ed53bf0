// Bundles each cloud function (cloudfunctions/<name>/index.ts) into a deployable folder,
// build/functions/<name>/{index.js,package.json}: what `tcb fn deploy` uploads and what the local
// CloudBase runs. The SDK stays a dependency (installed by CloudBase on deploy) rather than bundled.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'

const root = path.resolve(__dirname, '..')
const sourceDir = path.join(root, 'cloudfunctions')
export const FUNCTIONS_OUT = path.join(root, 'build', 'functions')
const EXTERNAL = ['@cloudbase/node-sdk']

/** Names of the functions: every folder of cloudfunctions/ that has an index.ts (`_shared` has none). */
export function functionNames(): string[] {
  return readdirSync(sourceDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_') && existsSync(path.join(sourceDir, d.name, 'index.ts')))
    .map((d) => d.name)
}

/** Builds every function into `outRoot`. Each file is written aside and renamed into place, so a
 * server running the previous build never sees a half-written or missing bundle. */
export async function buildFunctions(outRoot = FUNCTIONS_OUT): Promise<string[]> {
  const rootPkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
  const names = functionNames()
  if (existsSync(outRoot)) {
    for (const stale of readdirSync(outRoot).filter((d) => !names.includes(d))) rmSync(path.join(outRoot, stale), { recursive: true, force: true })
  }
  await Promise.all(
    names.map(async (name) => {
      const outDir = path.join(outRoot, name)
      mkdirSync(outDir, { recursive: true })
      const temp = path.join(outDir, `index.js.${process.pid}.tmp`)
      await build({
        entryPoints: [path.join(sourceDir, name, 'index.ts')],
        outfile: temp,
        bundle: true,
        platform: 'node',
        target: 'node18',
        format: 'cjs',
        external: EXTERNAL,
        minify: false,
        sourcemap: false,
        legalComments: 'none',
        logLevel: 'warning'
      })
      renameSync(temp, path.join(outDir, 'index.js'))
      const dependencies = Object.fromEntries(EXTERNAL.map((dep) => [dep, rootPkg.dependencies[dep]]))
      writeFileSync(path.join(outDir, 'package.json'), JSON.stringify({ name, version: '1.0.0', private: true, main: 'index.js', dependencies }, null, 2) + '\n')
    })
  )
  return names
}

if (require.main === module) {
  const started = Date.now()
  buildFunctions()
    .then((names) => console.log(`已构建云函数 ${names.join(', ')} → build/functions/（${Date.now() - started} ms）`))
    .catch((err) => {
      console.error(err)
      process.exit(1)
    })
}
