// Who may do what in content management (the lists the staff pages read too: contracts/content-admin/roles.ts).
// The roles are read on every call.
import type { StaffRole } from '../../contracts/staff/roles'
import { CONTENT_ROLES } from '../../contracts/content-admin/roles'

export const WRITERS: readonly StaffRole[] = CONTENT_ROLES.writers
export const EDITORS: readonly StaffRole[] = CONTENT_ROLES.editors
export const PUBLISHERS: readonly StaffRole[] = CONTENT_ROLES.publishers
export const READERS: readonly StaffRole[] = CONTENT_ROLES.readers
export const ADMINS: readonly StaffRole[] = CONTENT_ROLES.auditors

export { staffAction as contentAction } from '../_shared/staff-action'
