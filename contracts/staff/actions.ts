// The `staff` function: `me` for anyone signed in; `grant`, `revoke` and `list` for admins only.
import { z } from '../zod'
import { STREETS } from '../services/catalog'
import type { StaffMe, StaffMember } from './roles'
import { STAFF_ROLE_KEYS, type StaffRole } from './roles'

export const openidSchema = z
  .string({ error: '缺少用户标识' })
  .trim()
  .min(1, '缺少用户标识')
  .max(64, '用户标识无效')
  .regex(/^[A-Za-z0-9_-]+$/, '用户标识无效')
export const roleSchema = z.enum(STAFF_ROLE_KEYS as [StaffRole, ...StaffRole[]], { error: '角色无效' })
export const streetsSchema = z
  .array(z.enum(STREETS, { error: '街道无效' }), { error: '街道无效' })
  .max(STREETS.length, '街道无效')
  .refine((v) => new Set(v).size === v.length, '街道重复')

export const meInput = z.strictObject({})
/** Adds a role (a street reviewer's streets are replaced by `streets`). */
export const grantInput = z
  .strictObject({
    openid: openidSchema,
    role: roleSchema,
    streets: streetsSchema.optional(),
    name: z.string().trim().min(1, '请填写姓名').max(40, '姓名最多 40 个字').refine((v) => !/[<>]/.test(v), '姓名不能包含 < 或 >').optional()
  })
  .refine((v) => v.role !== 'street_reviewer' || (v.streets?.length ?? 0) > 0, { message: '街道初审须至少指定一个街道', path: ['streets'] })
export const revokeInput = z.strictObject({ openid: openidSchema, role: roleSchema })
export const listInput = z.strictObject({})

export interface StaffActions {
  me: { input: z.input<typeof meInput>; result: StaffMe }
  grant: { input: z.input<typeof grantInput>; result: StaffMember }
  revoke: { input: z.input<typeof revokeInput>; result: StaffMember | null }
  list: { input: z.input<typeof listInput>; result: { items: StaffMember[] } }
}
