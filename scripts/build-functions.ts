// Bundles each cloud function (cloudfunctions/<name>/index.ts) into a deployable folder,
// build/functions/<name>/{index.js,package.json}: what `tcb fn deploy` uploads and what the local
// CloudBase runs. The SDK stays a dependency (installed by CloudBase on deploy) rather than bundled.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
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

export async function buildFunctions(): Promise<string[]> {
  const rootPkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
  const names = functionNames()
  rmSync(FUNCTIONS_OUT, { recursive: true, force: true })
  await Promise.all(
    names.map(async (name) => {
      const outDir = path.join(FUNCTIONS_OUT, name)
      mkdirSync(outDir, { recursive: true })
      await build({
        entryPoints: [path.join(sourceDir, name, 'index.ts')],
        outfile: path.join(outDir, 'index.js'),
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
