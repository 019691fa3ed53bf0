// `npm test`: the type check, ESLint and every jest project (node, browser, weapp), in the least
// time two cores allow. The checks and the builds the tests run on (functions, H5, weapp) go side
// by side first, each printed with its time when done (a failure with its output); then jest,
// whose globalSetups find the builds fresh. Arguments go to jest: `npm test -- test/browser/news.test.ts`.
import { spawn } from 'node:child_process'
import { buildFunctions } from './build-functions'
import { ROOT } from './paths'
import { buildIfStale } from './taro-build'

interface Step {
  name: string
  run: () => Promise<void>
}

/** Runs a command with its output kept back; the output is the error's message if it fails. */
function quietly(command: string, args: string[]): Promise<void> {
  const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (c: Buffer) => (output += c.toString()))
  child.stderr.on('data', (c: Buffer) => (output += c.toString()))
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(output || `${command} ${args.join(' ')} exited with ${code}`))))
  })
}

const STEPS: Step[] = [
  { name: '类型检查与代码检查（tsc、ESLint）', run: () => quietly('npx', ['tsx', 'scripts/check-code.ts']) },
  {
    name: '构建云函数、H5 和小程序',
    run: async () => {
      await buildFunctions()
      await Promise.all([buildIfStale('h5', { quiet: true }), buildIfStale('weapp', { quiet: true })])
    }
  }
]

async function checksAndBuilds(): Promise<boolean> {
  const started = Date.now()
  const results = await Promise.allSettled(
    STEPS.map(async (step) => {
      const t0 = Date.now()
      await step.run()
      console.log(`✓ ${step.name}：${((Date.now() - t0) / 1000).toFixed(0)} 秒`)
    })
  )
  results.forEach((r, i) => {
    if (r.status === 'rejected') console.error(`✗ ${STEPS[i].name}未通过：\n${r.reason instanceof Error ? r.reason.message : String(r.reason)}`)
  })
  console.log(`检查与构建共 ${((Date.now() - started) / 1000).toFixed(0)} 秒`)
  return results.every((r) => r.status === 'fulfilled')
}

function jest(args: string[]): Promise<number> {
  const child = spawn('npx', ['jest', ...args], { cwd: ROOT, stdio: 'inherit' })
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)))
}

async function main() {
  if (!(await checksAndBuilds())) process.exit(1)
  process.exit(await jest(process.argv.slice(2)))
}

void main()
