// `npm run staff`: the first admin comes from the command line. Run as a real child process on a
// local data directory, then the same directory is served and asked through the functions: the
// roles it wrote are the ones `staff.me` and `dreamPlanReview` honour, and each change is audited.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { STAFF_COLLECTIONS, type AuditDoc } from '../../contracts/staff/roles'
import { ROOT } from '../../scripts/paths'
import { startTestCloudbase } from '../helpers/local-cloudbase'

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'futian-staff-cli-'))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

function staff(...args: string[]) {
  // No CloudBase credentials in the environment: the command must write to DATA_DIR.
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir }
  for (const key of ['CLOUDBASE_ENV_ID', 'TENCENTCLOUD_SECRETID', 'TENCENTCLOUD_SECRETKEY']) delete env[key]
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'staff.ts'), ...args], { cwd: ROOT, env, encoding: 'utf8' })
}

test('grant, list and revoke from the command line; the functions honour what it wrote', async () => {
  const admin = staff('grant', 'cli-admin', 'admin', '--name', '赵主任')
  expect(admin.status).toBe(0)
  expect(admin.stdout).toContain('已授予 cli-admin 管理员')
  expect(staff('grant', 'cli-street', 'street_reviewer', '--streets', '福田,莲花').status).toBe(0)
  expect(staff('grant', 'cli-street', 'finance').status).toBe(0)
  expect(staff('revoke', 'cli-street', 'finance').status).toBe(0)

  const list = staff('list')
  expect(list.status).toBe(0)
  expect(list.stdout).toContain('2 位工作人员')
  expect(list.stdout).toMatch(/cli-admin\s+赵主任\s+管理员/)
  expect(list.stdout).toContain('cli-street  cli-street  街道初审（福田、莲花）')

  const cb = await startTestCloudbase({ dataDir })
  try {
    expect((await cb.call('staff', { action: 'me' }, 'cli-admin')).body).toMatchObject({ ok: true, data: { isStaff: true, name: '赵主任', roles: ['admin'] } })
    expect((await cb.call('staff', { action: 'me' }, 'cli-street')).body).toMatchObject({ ok: true, data: { roles: ['street_reviewer'], streets: ['福田', '莲花'] } })
    // The admin made on the command line can now grant in the app.
    const granted = await cb.call('staff', { action: 'grant', openid: 'app-finance', role: 'finance', name: '陈会计' }, 'cli-admin')
    expect(granted.status).toBe(200)
    // The street reviewer's scope is the streets given.
    expect((await cb.call('dreamPlanReview', { action: 'queue', filter: { street: '园岭' } }, 'cli-street')).status).toBe(403)
    expect((await cb.call('dreamPlanReview', { action: 'queue', filter: { street: '莲花' } }, 'cli-street')).status).toBe(200)
    const { data } = await cb.sdk.database().collection(STAFF_COLLECTIONS.audit).orderBy('at', 'asc').limit(100).get()
    const audit = data as AuditDoc[]
    expect(audit.filter((a) => a.actor.openid === 'command-line').map((a) => `${a.action} ${a.target} ${a.detail.role}`)).toEqual([
      'grant cli-admin admin',
      'grant cli-street street_reviewer',
      'grant cli-street finance',
      'revoke cli-street finance'
    ])
  } finally {
    await cb.stop()
  }
})

test('bad arguments get a Chinese message and a non-zero exit, and write nothing', () => {
  const noRole = staff('grant', 'someone', 'boss')
  expect(noRole.status).toBe(1)
  expect(noRole.stderr).toContain('角色无效')
  const noStreets = staff('grant', 'someone', 'street_reviewer')
  expect(noStreets.status).toBe(1)
  expect(noStreets.stderr).toContain('街道初审须至少指定一个街道')
  const usage = staff('promote')
  expect(usage.status).toBe(2)
  expect(usage.stderr).toContain('用法')
  expect(staff('list').stdout).not.toContain('someone')
})
