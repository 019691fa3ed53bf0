// Who the caller is on the staff side (staff.me), for pages that adapt to roles.
import { useCallback } from 'react'
import type { StaffMe, StaffRole } from '@contracts/staff/roles'
import { useLoad } from '@/lib/use-load'
import { getMe } from '@/features/staff/api/me'

export function useStaffMe() {
  const load = useCallback(() => getMe(), [])
  return useLoad(load)
}

export const hasRole = (me: StaffMe | null | undefined, ...roles: StaffRole[]) => Boolean(me?.isStaff && me.roles.some((r) => roles.includes(r)))

/** A street reviewer who reviews only their own streets (no district-wide role). */
export const streetOnly = (me: StaffMe | null | undefined) => hasRole(me, 'street_reviewer') && !hasRole(me, 'district_reviewer', 'finance', 'admin')
