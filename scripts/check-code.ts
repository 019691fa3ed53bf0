// The type check and ESLint on ONE TypeScript program: ESLint's typed rules (no-floating-promises)
// otherwise build their own program of the same files, which on the 2-core machine doubled the
// checks' CPU (tsc 24 + ESLint 50 CPU-s apart, 42 together). Prints tsc's diagnostics and ESLint's
// problems as the two tools would, and exits 1 if there is any. `npm run check`; `npm test` runs it.
import ts from 'typescript'
import { ESLint } from 'eslint'
import { ROOT } from './paths'

function typeCheck(): { program: ts.Program; report: string } {
  const configFile = ts.findConfigFile(ROOT, ts.sys.fileExists, 'tsconfig.json')
  if (!configFile) throw new Error('找不到 tsconfig.json')
  const parsed = ts.getParsedCommandLineOfConfigFile(configFile, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'))
    }
  })
  if (!parsed) throw new Error(`无法读取 ${configFile}`)
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, projectReferences: parsed.projectReferences })
  const diagnostics = [...parsed.errors, ...ts.getPreEmitDiagnostics(program)]
  const host: ts.FormatDiagnosticsHost = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => ROOT, getNewLine: () => '\n' }
  const format = process.stderr.isTTY ? ts.formatDiagnosticsWithColorAndContext : ts.formatDiagnostics
  return { program, report: diagnostics.length ? format(diagnostics, host) : '' }
}

async function lint(program: ts.Program): Promise<string> {
  // The config's projectService stays for editors and `npm run lint`; here the checked program is reused.
  const eslint = new ESLint({ cwd: ROOT, overrideConfig: { languageOptions: { parserOptions: { projectService: false, programs: [program] } } } })
  const results = (await eslint.lintFiles(['.'])).filter((r) => r.errorCount + r.warningCount > 0)
  return results.length ? String(await (await eslint.loadFormatter('stylish')).format(results)) : ''
}

async function main() {
  const { program, report } = typeCheck()
  const linted = await lint(program)
  if (report) console.error(report)
  if (linted) console.error(linted)
  process.exit(report || linted ? 1 : 0)
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
