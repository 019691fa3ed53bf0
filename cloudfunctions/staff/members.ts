// Staff records as the admin's list shows them.
import type { StaffDoc, StaffMember } from '../../contracts/staff/roles'

export function toMember(doc: StaffDoc): StaffMember {
  return { openid: doc._id, name: doc.name, roles: doc.roles, streets: doc.streets, updatedAt: doc.updatedAt }
}
