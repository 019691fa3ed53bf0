// `npm run import -- <folder or files…>`: imports union site pages and prints a summary.
// Exits 1 when any page could not be parsed (those pages are not written at all).
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { connectTarget } from '../scripts/connect-target'
import { importFiles, type FileResult } from './import-files'

function expand(args: string[]): string[] {
  return args.flatMap((arg) => {
    const full = path.resolve(arg)
    if (!statSync(full, { throwIfNoEntry: false })) return [full]
    if (statSync(full).isDirectory()) {
      return readdirSync(full).filter((f) => /\.(txt|text|html?)$/i.test(f)).sort().map((f) => path.join(full, f))
    }
    return [full]
  })
}

function progressBar(done: number, total: number): string {
  const width = 24
  const filled = Math.round((done / total) * width)
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total}`
}

async function main(): Promise<number> {
  const files = expand(process.argv.slice(2))
  if (files.length === 0) {
    console.error('用法：npm run import -- <文件夹或文件…>')
    return 2
  }
  const target = await connectTarget()
  const interactive = process.stdout.isTTY
  let results: FileResult[]
  try {
    console.log(`导入到${target.label}`)
    results = await importFiles(target.app, files, (done, total) => {
      if (interactive) process.stdout.write(`\r${progressBar(done, total)}`)
    })
    if (interactive) process.stdout.write('\n')
  } finally {
    await target.close()
  }
  const count = (o: FileResult['outcome']) => results.filter((r) => r.outcome === o).length
  console.log(`新增 ${count('imported')} 篇，更新 ${count('updated')} 篇，未变化 ${count('unchanged')} 篇，失败 ${count('failed')} 篇`)
  for (const r of results) {
    if (r.outcome === 'failed') console.log(`  失败：${path.basename(r.file)} — ${r.reason}`)
    else console.log(`  ${{ imported: '新增', updated: '更新', unchanged: '未变化' }[r.outcome]}：${r.title}`)
  }
  return count('failed') > 0 ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`导入失败：${(err as Error).message}`)
    process.exit(1)
  }
)
