// `npm run test:soak`: the tests that read what a person sees (the browser and weapp jest projects)
// run 5 times in a row beside 2 busy CPU hogs, as on a loaded 2-core CI machine, and each test's
// failure count is printed. A test that fails even once here is a race to fix, not bad luck.
// Not part of CI (it takes 5× the time): run it before resolving an issue that touches these tests.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ROOT } from './paths'

const RUNS = Number(process.env.SOAK_RUNS || 5)
const HOGS = Number(process.env.SOAK_HOGS || 2)
const SOAKED_PROJECTS = ['browser', 'weapp']

interface JestJson {
  testResults: { name: string; message: string; assertionResults: { fullName: string; status: string; failureMessages: string[] }[] }[]
}

/** The soaked projects that the jest config declares (weapp may be absent on an older checkout). */
function projectsToSoak(): string[] {
  const config = require(path.join(ROOT, 'jest.config.js')) as { projects: { displayName: string }[] }
  return config.projects.map((p) => p.displayName).filter((name) => SOAKED_PROJECTS.includes(name))
}

function startHogs(): ChildProcess[] {
  return Array.from({ length: HOGS }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }))
}

function runOnce(run: number, projects: string[], outDir: string): JestJson {
  const outputFile = path.join(outDir, `run-${run}.json`)
  console.log(`\n—— 第 ${run}/${RUNS} 轮：${projects.join(' + ')}（旁边 ${HOGS} 个占满 CPU 的进程）——`)
  spawnSync('npx', ['jest', '--selectProjects', ...projects, '--json', `--outputFile=${outputFile}`], { cwd: ROOT, stdio: 'inherit', env: process.env })
  try {
    return JSON.parse(readFileSync(outputFile, 'utf8')) as JestJson
  } catch {
    // jest wrote no report (it crashed): count the whole run as one failure.
    return { testResults: [{ name: '(jest)', message: 'jest 未写出结果', assertionResults: [{ fullName: '(整轮运行)', status: 'failed', failureMessages: [] }] }] }
  }
}

function main(): void {
  const projects = projectsToSoak()
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'soak-'))
  const hogs = startHogs()
  const failures = new Map<string, number>()
  const seen = new Set<string>()
  const started = Date.now()
  try {
    for (let run = 1; run <= RUNS; run++) {
      for (const file of runOnce(run, projects, outDir).testResults) {
        const where = path.relative(ROOT, file.name)
        // A file that failed before any test ran (setup, build) counts against the file itself.
        if (file.assertionResults.length === 0 && file.message) failures.set(`${where} (文件)`, (failures.get(`${where} (文件)`) ?? 0) + 1)
        for (const t of file.assertionResults) {
          const key = `${where} › ${t.fullName}`
          seen.add(key)
          if (t.status === 'failed') failures.set(key, (failures.get(key) ?? 0) + 1)
        }
      }
    }
  } finally {
    for (const hog of hogs) hog.kill('SIGKILL')
    rmSync(outDir, { recursive: true, force: true })
  }
  const minutes = ((Date.now() - started) / 60000).toFixed(1)
  console.log(`\n浸泡测试结果：${RUNS} 轮 × ${seen.size} 个测试，${HOGS} 个 CPU 占用进程，用时 ${minutes} 分钟`)
  const rows = [...new Set([...seen, ...failures.keys()])].sort()
  for (const key of rows) console.log(`${String(failures.get(key) ?? 0).padStart(2)} 次失败  ${key}`)
  const total = [...failures.values()].reduce((a, b) => a + b, 0)
  console.log(total === 0 ? `\n0 次失败（${RUNS} 轮）。` : `\n共 ${total} 次失败：以上失败次数不为 0 的测试需要修复。`)
  process.exitCode = total === 0 ? 0 : 1
}

main()
