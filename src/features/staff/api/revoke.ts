// staff.revoke: takes a role away (admins only; the last admin cannot revoke themselves).
import type { StaffRole } from '@contracts/staff/roles'
import { callFunction } from '@/lib/cloud'

export const revokeRole = (openid: string, role: StaffRole) => callFunction('staff', 'revoke', { openid, role })
