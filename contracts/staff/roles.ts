// Staff of the 圆梦计划 review side: who may do what. Roles live in the `staff` collection keyed by
// openid and are checked by the functions on every call; the app only hides what would be refused.
import type { Street } from '../services/catalog'

/** The roles and what staff call them. */
export const STAFF_ROLES = {
  street_reviewer: '街道初审',
  district_reviewer: '区总复审',
  finance: '财务发放',
  admin: '管理员',
  /** Content management (contentAdmin): writes and submits. */
  editor: '编辑',
  /** Content management: reviews, publishes, schedules, withdraws and pins; never what they wrote. */
  publisher: '审核发布'
} as const
export type StaffRole = keyof typeof STAFF_ROLES
export const STAFF_ROLE_KEYS = Object.keys(STAFF_ROLES) as StaffRole[]

/** The collections of the staff side (declared with their indexes in database/collections.ts). */
export const STAFF_COLLECTIONS = {
  staff: 'staff',
  /** Append-only: reveals of full numbers, exports, grants and revocations. */
  audit: 'auditLog'
} as const

/** A member of staff (`staff`, `_id` = openid). */
export interface StaffDoc {
  _id: string
  /** How colleagues know them, e.g. 福田街道总工会 李四. */
  name: string
  roles: StaffRole[]
  /** The streets a street reviewer reviews; empty for other roles. */
  streets: Street[]
  /** Starts at 1; grants and revocations are conditional on it. */
  version: number
  updatedBy: string
  createdAt: string
  updatedAt: string
}

/** `staff.me`: what the caller may do (a worker gets `isStaff: false`). */
export interface StaffMe {
  openid: string
  isStaff: boolean
  name?: string
  roles: StaffRole[]
  streets: Street[]
}

/** A row of the admin's staff list. */
export interface StaffMember {
  openid: string
  name: string
  roles: StaffRole[]
  streets: Street[]
  updatedAt: string
}

/** What an audit record says was done. */
export type AuditAction = 'reveal' | 'export' | 'grant' | 'revoke' | 'content'

/** One audit record (`auditLog`): written before the act it records, never updated or removed. */
export interface AuditDoc {
  _id: string
  at: string
  action: AuditAction
  actor: { openid: string; roles: StaffRole[] }
  /** The application, the staff member or the export file concerned. */
  target?: string
  reason?: string
  /** Action-specific facts: the revealed field, the export's filter and row count, the role granted. */
  detail: Record<string, unknown>
}
