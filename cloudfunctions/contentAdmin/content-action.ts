// Who may do what in content management. Editors write and submit; publishers review, publish,
// schedule, withdraw and pin; admins read the operation log. The roles are read on every call.
import type { StaffRole } from '../../contracts/staff/roles'

export const WRITERS: StaffRole[] = ['editor']
export const PUBLISHERS: StaffRole[] = ['publisher']
/** Reading lists and items: everyone who works on content, and admins (who audit it). */
export const READERS: StaffRole[] = ['editor', 'publisher', 'admin']
export const ADMINS: StaffRole[] = ['admin']

export { staffAction as contentAction } from '../_shared/staff-action'
