// miniprogram-ci's checks of a package, in a process of their own: miniprogram-ci leaves a file
// watcher, worker processes and a hash-named folder behind, and prints freely. Usage:
//   node ci-checks.cjs <packageDir> <tempDir> [compile]
// prints one JSON line: { compiledFiles?, analysis: { unresolved }, quality }.
const path = require('node:path')

async function main() {
  const [root, tempDir, compile] = process.argv.slice(2)
  process.chdir(tempDir)
  const out = process.stdout.write.bind(process.stdout)
  // miniprogram-ci logs to stdout; only our JSON goes there.
  console.log = console.info = console.warn = console.error = () => {}
  const ci = require('miniprogram-ci')
  // Without `attr` the project asks WeChat's server for the appid's settings.
  const project = new ci.Project({ appid: 'touristappid', type: 'miniProgram', projectPath: root, privateKey: 'offline', attr: async () => ci.DefaultProjectAttr })
  const result = {}
  if (compile === 'compile') {
    const setting = { es6: false, es7: false, minify: false, minifyJS: false, minifyWXML: false, minifyWXSS: false, autoPrefixWXSS: false, codeProtect: false }
    try {
      result.compiledFiles = Object.keys(await ci.getCompiledResult({ project, setting }, path.join(tempDir, 'compiled.zip')))
    } catch (error) {
      result.compileError = String(error && error.message ? error.message : error)
    }
  }
  const analysis = await ci.analyseCode(project, { silent: true })
  const modules = Array.isArray(analysis.modules) ? analysis.modules : Object.values(analysis.modules)
  result.unresolved = modules.flatMap((m) => (m.deps || []).filter((d) => d.error).map((d) => [m.path || m.id, d.request, String(d.error)]))
  result.quality = await ci.checkCodeQuality(project)
  out(JSON.stringify(result) + '\n', () => process.exit(0))
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error) + '\n', () => process.exit(1))
})
