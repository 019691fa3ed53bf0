// A lint rule for the repository's boundaries: each import is resolved to a repository path (relative
// paths, `@/` → src/, `@contracts/` → contracts/) and checked against the zones below, so
// `../database/store` inside local-cloudbase (its own) and `../../database/seed` (the product's)
// are told apart — a pattern on the import string cannot do that.
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '..')
const FEATURE = /^src\/features\/([^/]+)(\/|$)/

/** Where an import specifier points, relative to the repository root; null for packages. */
function resolveSpecifier(spec, file) {
  let abs
  if (spec.startsWith('.')) abs = path.resolve(path.dirname(file), spec)
  else if (spec.startsWith('@/')) abs = path.join(ROOT, 'src', spec.slice(2))
  else if (spec.startsWith('@contracts/')) abs = path.join(ROOT, 'contracts', spec.slice('@contracts/'.length))
  else return null
  return path.relative(ROOT, abs).split(path.sep).join('/').replace(/\.(tsx?|css)$/, '')
}

const under = (p, ...dirs) => dirs.some((d) => p === d || p.startsWith(d + '/'))

/**
 * The rules, each: which files (`target`), what they may not import (`from`), what is allowed even
 * so (`except`), and why.
 */
export const ZONES = [
  { target: ['src'], from: ['cloudfunctions', 'local-cloudbase', 'database', 'scripts', 'importer', 'bench', 'test'], message: 'The app never imports cloud functions, the local CloudBase or tooling: share types through contracts/.' },
  // importer/ is the one page reader: the import command and the 公众号 sync function (which esbuild
  // bundles it into) share it, so functions may import it; it in turn imports no tool internals.
  { target: ['cloudfunctions'], from: ['src', 'local-cloudbase', 'scripts', 'bench', 'test'], message: 'Functions never import the app, the local CloudBase or tooling: share through contracts/.' },
  { target: ['contracts'], from: ['src', 'cloudfunctions', 'local-cloudbase', 'database', 'scripts', 'importer', 'bench', 'test'], message: 'contracts/ is pure TypeScript shared by the app and the functions: it imports nothing of theirs.' },
  { target: ['local-cloudbase'], from: ['src', 'cloudfunctions', 'contracts', 'database', 'scripts', 'importer', 'bench', 'test'], except: ['database/collections'], message: 'The local CloudBase stands apart from the product: it may read the collection declarations (database/collections), nothing else.' },
  { target: ['importer', 'scripts', 'database', 'bench'], from: ['local-cloudbase', 'test', 'src'], except: ['local-cloudbase/index', 'local-cloudbase', 'local-cloudbase/sdk-client',
    // Known debt: the import and 公众号-sync benches reuse the test corpus's page builders and the
    // stand-in's article generator; they should move to a shared fixtures module.
    'test/importer/html/html-pages', 'test/cloudfunctions/wechatSync/mp-fixtures', 'local-cloudbase/wechat/mp-articles', 'local-cloudbase/wechat/mp-routes'], message: 'Tools reach a CloudBase only through local-cloudbase (start it) and local-cloudbase/sdk-client (talk to it), never its internals or test kits.' }
]

/** The reason an import from `file` to `target` breaks a boundary, or null. */
export function boundaryProblem(file, target) {
  for (const zone of ZONES) {
    if (!under(file, ...zone.target)) continue
    if (!under(target, ...zone.from)) continue
    if (zone.except?.some((e) => target === e)) continue
    return zone.message
  }
  const own = FEATURE.exec(file)?.[1]
  const other = FEATURE.exec(target)
  if (own && other && other[1] !== own) {
    const rest = target.slice(`src/features/${other[1]}`.length)
    if (rest !== '' && rest !== '/index') return `A feature uses another only through its public entry: import '@/features/${other[1]}', not its insides.`
  }
  if (own && under(target, 'src/pages', 'src/packages')) return 'Features never import pages: pages compose features.'
  return null
}

const rule = {
  meta: { type: 'problem', docs: { description: 'imports stay within the repository boundaries' }, schema: [] },
  create(context) {
    const file = path.relative(ROOT, context.filename).split(path.sep).join('/')
    const check = (node) => {
      if (!node.source || typeof node.source.value !== 'string') return
      const target = resolveSpecifier(node.source.value, context.filename)
      if (!target) return
      const problem = boundaryProblem(file, target)
      if (problem) context.report({ node: node.source, message: `${problem} (${node.source.value})` })
    }
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check }
  }
}

export default { rules: { imports: rule } }
