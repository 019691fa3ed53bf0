// The audit log is append-only by construction: one module writes it, and it only adds. This reads
// the sources of every function and tool, so a later change that updates or removes audit records
// (or writes them from elsewhere) fails here.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

const ROOT = path.join(__dirname, '..', '..')

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return sources(full)
    return full.endsWith('.ts') ? [full] : []
  })
}

const files = [...sources(path.join(ROOT, 'cloudfunctions')), ...sources(path.join(ROOT, 'scripts'))]
const mentions = files.filter((f) => /STAFF_COLLECTIONS\.audit|['"]auditLog['"]/.test(readFileSync(f, 'utf8')))

test('only the audit module and the staff command write the audit log', () => {
  expect(mentions.map((f) => path.relative(ROOT, f)).sort()).toEqual(['cloudfunctions/_shared/audit.ts', 'scripts/staff.ts'])
})

test.each(mentions.map((f) => [path.relative(ROOT, f), f]))('%s only adds audit records', (_name, file) => {
  const text = readFileSync(file, 'utf8')
  // Every use of the audit collection is followed by .add( (or, for reading, .where(…) ending in
  // .get()) — never update, set, remove or doc().
  const uses = [...text.matchAll(/collection\(STAFF_COLLECTIONS\.audit\)([.\w]*\()([^\n]*)/g)]
  expect(uses.length).toBeGreaterThan(0)
  for (const [, call, rest] of uses) {
    expect(call === '.add(' || (call === '.where(' && /\.get\(\)$/.test(rest.trim()) && !/\.(update|set|remove)\(/.test(rest))).toBe(true)
  }
})
