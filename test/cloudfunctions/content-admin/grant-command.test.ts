// `npm run staff -- grant <openid> editor` and `… publisher`: the content roles are granted like the
// others, from the command line, and contentAdmin honours them at once.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ROOT } from '../../../scripts/paths'
import { startTestCloudbase } from '../../helpers/local-cloudbase'
import { bodyOf, makeArticle } from './content-admin-kit'

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'futian-content-cli-'))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

function staff(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir }
  for (const key of ['CLOUDBASE_ENV_ID', 'TENCENTCLOUD_SECRETID', 'TENCENTCLOUD_SECRETKEY']) delete env[key]
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'staff.ts'), ...args], { cwd: ROOT, env, encoding: 'utf8' })
}

test('an editor and a publisher granted on the command line can write and publish', async () => {
  const editor = staff('grant', 'cli-editor', 'editor', '--name', '宣传部 小林')
  expect(editor.status).toBe(0)
  expect(editor.stdout).toContain('已授予 cli-editor 编辑')
  const publisher = staff('grant', 'cli-publisher', 'publisher')
  expect(publisher.status).toBe(0)
  expect(publisher.stdout).toContain('审核发布')

  const cb = await startTestCloudbase({ dataDir })
  try {
    const saved = await cb.call<{ id: string; version: number }>('contentAdmin', { action: 'save', kind: 'article', body: bodyOf(makeArticle()) }, 'cli-editor')
    expect(saved.status).toBe(200)
    if (!saved.body.ok) throw new Error('save failed')
    const submitted = await cb.call<{ version: number }>('contentAdmin', { action: 'submit', id: saved.body.data.id, version: saved.body.data.version }, 'cli-editor')
    if (!submitted.body.ok) throw new Error('submit failed')
    expect((await cb.call('contentAdmin', { action: 'publish', id: saved.body.data.id, version: submitted.body.data.version }, 'cli-editor')).status).toBe(403)
    expect((await cb.call('contentAdmin', { action: 'publish', id: saved.body.data.id, version: submitted.body.data.version }, 'cli-publisher')).status).toBe(200)
  } finally {
    await cb.stop()
  }
})
