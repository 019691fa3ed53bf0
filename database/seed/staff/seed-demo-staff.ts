// The demo staff of the local CloudBase (contracts/staff/demo-personas.ts): one per role, so the
// H5 persona switcher can walk an application from 已提交 to 已发放. Local demo data only —
// `npm run deploy:database` creates collections and indexes, never these people.
import { STAFF_COLLECTIONS, type StaffDoc } from '../../../contracts/staff/roles'
import { DEMO_PERSONAS } from '../../../contracts/staff/demo-personas'
import type { SdkApp } from '../../../local-cloudbase/sdk-client'

export async function seedDemoStaff(app: SdkApp, now = new Date()): Promise<{ staff: number }> {
  const staff = DEMO_PERSONAS.filter((p) => p.roles.length > 0)
  for (const p of staff) {
    const doc: Omit<StaffDoc, '_id'> = {
      name: p.name ?? p.label,
      roles: [...p.roles],
      streets: [...p.streets],
      version: 1,
      updatedBy: 'demo-seed',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString()
    }
    const res = (await app.database().collection(STAFF_COLLECTIONS.staff).doc(p.openid).set(doc)) as { code?: string; message?: string }
    if (res?.code) throw new Error(`seeding staff/${p.openid} failed: ${res.code} ${res.message ?? ''}`)
  }
  return { staff: staff.length }
}
