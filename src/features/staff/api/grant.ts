// staff.grant: gives someone a role (admins only, checked by the function).
import type { Street } from '@contracts/services/catalog'
import type { StaffRole } from '@contracts/staff/roles'
import { callFunction } from '@/lib/cloud'

export const grantRole = (input: { openid: string; role: StaffRole; streets?: Street[]; name?: string }) => callFunction('staff', 'grant', input)
