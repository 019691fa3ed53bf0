// Staff roles' public entry: who the caller is (useStaffMe, hasRole, streetOnly) and the "staff
// only" states, for the review feature and the staff pages.
export { hasRole, streetOnly, useStaffMe } from './hooks/use-staff-me'
export { LoadFailure, NotStaff } from './components/not-staff'
