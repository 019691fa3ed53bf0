// `npm run staff -- grant <openid> <role> [--streets 福田,莲花] [--name 姓名]`, `revoke <openid> <role>`,
// `list`: staff roles from the command line — how the first admin is made, before anyone can use
// the app's 人员管理. Writes to the local CloudBase under DATA_DIR, or to a CloudBase environment
// when CLOUDBASE_ENV_ID, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY are set. Each change is
// recorded in the audit log as made from the command line.
import { randomUUID } from 'node:crypto'
import { grantInput, revokeInput } from '../contracts/staff/actions'
import { STAFF_COLLECTIONS, STAFF_ROLES, type AuditDoc, type StaffDoc } from '../contracts/staff/roles'
import { withoutRole, withRole } from '../cloudfunctions/staff/roles-change'
import { connectTarget } from './connect-target'

const USAGE = `用法：
  npm run staff -- grant <openid> <角色> [--streets 福田,莲花] [--name 姓名]
  npm run staff -- revoke <openid> <角色>
  npm run staff -- list
角色：${Object.entries(STAFF_ROLES).map(([k, v]) => `${k}（${v}）`).join('、')}`

/** The actor the audit log names for changes made here. */
const COMMAND_LINE = 'command-line'

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : undefined
}

function firstMessage(error: { issues: { message: string }[] }): string {
  return error.issues[0]?.message ?? '参数有误'
}

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2)
  if (!command || !['grant', 'revoke', 'list'].includes(command)) {
    console.error(USAGE)
    return 2
  }
  const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'))
  let parsed: { openid: string; role: keyof typeof STAFF_ROLES; streets?: string[]; name?: string } | undefined
  if (command === 'grant') {
    const streets = option(args, 'streets')?.split(/[,，]/).map((s) => s.trim()).filter(Boolean)
    const result = grantInput.safeParse({ openid: positional[0], role: positional[1], ...(streets ? { streets } : {}), ...(option(args, 'name') ? { name: option(args, 'name') } : {}) })
    if (!result.success) return fail(firstMessage(result.error))
    parsed = result.data
  } else if (command === 'revoke') {
    const result = revokeInput.safeParse({ openid: positional[0], role: positional[1] })
    if (!result.success) return fail(firstMessage(result.error))
    parsed = result.data
  }

  const target = await connectTarget()
  try {
    const db = target.app.database()
    const staff = db.collection(STAFF_COLLECTIONS.staff)
    if (command === 'list') {
      const { data } = await staff.limit(1000).get()
      const rows = (data as StaffDoc[]).filter((d) => d.roles.length)
      console.log(`${target.label}：${rows.length} 位工作人员`)
      for (const d of rows) console.log(`  ${d._id}  ${d.name}  ${d.roles.map((r) => STAFF_ROLES[r]).join('、')}${d.streets.length ? `（${d.streets.join('、')}）` : ''}`)
      return 0
    }
    const { openid, role } = parsed!
    const now = new Date().toISOString()
    const audit: AuditDoc = {
      _id: randomUUID(),
      at: now,
      action: command as 'grant' | 'revoke',
      actor: { openid: COMMAND_LINE, roles: [] },
      target: openid,
      detail: { role, ...(parsed!.streets ? { streets: parsed!.streets } : {}) }
    }
    await db.collection(STAFF_COLLECTIONS.audit).add(audit)
    const existing = (await staff.where({ _id: openid }).limit(1).get()).data[0] as StaffDoc | undefined
    if (command === 'grant') {
      const next = withRole(existing ?? { roles: [], streets: [] }, role, parsed!.streets as StaffDoc['streets'])
      const name = parsed!.name ?? existing?.name ?? openid
      await staff.doc(openid).set({ name, ...next, version: (existing?.version ?? 0) + 1, updatedBy: COMMAND_LINE, createdAt: existing?.createdAt ?? now, updatedAt: now })
      console.log(`已授予 ${openid} ${STAFF_ROLES[role]}${next.streets.length ? `（${next.streets.join('、')}）` : ''} → ${target.label}`)
    } else {
      if (!existing?.roles.includes(role)) return fail(`${openid} 没有${STAFF_ROLES[role]}角色`)
      const next = withoutRole(existing, role)
      await staff.doc(openid).update({ ...next, version: existing.version + 1, updatedBy: COMMAND_LINE, updatedAt: now })
      console.log(`已撤销 ${openid} 的${STAFF_ROLES[role]} → ${target.label}`)
    }
    return 0
  } finally {
    await target.close()
  }
}

function fail(message: string): number {
  console.error(message)
  return 1
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`失败：${(err as Error).message}`)
    process.exit(1)
  }
)
