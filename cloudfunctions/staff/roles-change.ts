// A staff record's roles and streets after a grant or a revocation: one place for the rule that
// streets belong to the street reviewer role only.
import type { Street } from '../../contracts/services/catalog'
import type { StaffDoc, StaffRole } from '../../contracts/staff/roles'

export function withRole(doc: Pick<StaffDoc, 'roles' | 'streets'>, role: StaffRole, streets?: Street[]): Pick<StaffDoc, 'roles' | 'streets'> {
  const roles = doc.roles.includes(role) ? doc.roles : [...doc.roles, role]
  return { roles, streets: role === 'street_reviewer' ? streets ?? doc.streets : doc.streets }
}

export function withoutRole(doc: Pick<StaffDoc, 'roles' | 'streets'>, role: StaffRole): Pick<StaffDoc, 'roles' | 'streets'> {
  return { roles: doc.roles.filter((r) => r !== role), streets: role === 'street_reviewer' ? [] : doc.streets }
}
