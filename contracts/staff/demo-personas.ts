// The people of the local demo: one worker and one member of staff per role. They exist only in
// the local CloudBase's demo data (database/seed) and in the H5 persona switcher; `deploy` never
// creates them, and in WeChat the openid comes from the platform.
import type { Street } from '../services/catalog'
import type { StaffRole } from './roles'

export interface DemoPersona {
  openid: string
  /** What the switcher shows. */
  label: string
  /** The staff record's name (staff only). */
  name?: string
  roles: StaffRole[]
  streets: Street[]
}

export const DEMO_PERSONAS: readonly DemoPersona[] = [
  { openid: 'demo-worker', label: '职工 小张', roles: [], streets: [] },
  { openid: 'demo-street', label: '街道初审 李工（福田、莲花）', name: '福田街道总工会 李工', roles: ['street_reviewer'], streets: ['福田', '莲花'] },
  { openid: 'demo-district', label: '区总复审 王工', name: '区总工会 王工', roles: ['district_reviewer'], streets: [] },
  { openid: 'demo-finance', label: '财务 陈会计', name: '区总工会财务 陈会计', roles: ['finance'], streets: [] },
  { openid: 'demo-admin', label: '管理员 赵主任', name: '区总工会 赵主任', roles: ['admin'], streets: [] },
  { openid: 'demo-editor', label: '编辑 小林', name: '区总工会宣传部 小林', roles: ['editor'], streets: [] },
  { openid: 'demo-publisher', label: '审核发布 周主任', name: '区总工会办公室 周主任', roles: ['publisher'], streets: [] }
]
