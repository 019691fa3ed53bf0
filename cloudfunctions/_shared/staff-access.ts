// Who the caller is on the staff side: their `staff` record, read on every call (a revoked role
// stops working at the next call, not at the next login). Functions check roles here; the app only
// hides what these checks would refuse anyway.
import type { Street } from '../../contracts/services/catalog'
import { STAFF_COLLECTIONS, STAFF_ROLES, type StaffDoc, type StaffRole } from '../../contracts/staff/roles'
import { appError } from '../../contracts/errors'
import type { Envelope } from '../../contracts/envelope'
import { database } from './cloudbase'

/** The caller as staff: openid, roles (possibly none) and a street reviewer's streets. */
export interface StaffCaller {
  openid: string
  name: string
  roles: StaffRole[]
  streets: Street[]
}

/** The `staff` collection. */
export function staffCollection() {
  return database().collection(STAFF_COLLECTIONS.staff)
}

/** The staff record of `openid`, or null. */
export async function findStaff(openid: string): Promise<StaffDoc | null> {
  const { data } = await staffCollection().where({ _id: openid }).limit(1).get()
  return (data[0] as StaffDoc | undefined) ?? null
}

/** The caller with their roles; a worker has none. */
export async function staffCaller(openid: string): Promise<StaffCaller> {
  const doc = await findStaff(openid)
  return { openid, name: doc?.name ?? '', roles: doc?.roles ?? [], streets: doc?.streets ?? [] }
}

export function hasRole(caller: StaffCaller, ...roles: StaffRole[]): boolean {
  return roles.some((r) => caller.roles.includes(r))
}

/** FORBIDDEN naming the roles that may do it. */
export function forbiddenFor(...roles: StaffRole[]): Envelope<never> {
  const names = roles.map((r) => STAFF_ROLES[r]).join('、')
  return appError('FORBIDDEN', `此操作仅限${names}人员`)
}

/** FORBIDDEN for a street reviewer looking outside their streets. */
export function outsideStreets(): Envelope<never> {
  return appError('FORBIDDEN', '该申请不在您负责的街道范围内')
}

/** Whether the caller sees every street (district reviewers and finance) rather than some. */
export function seesAllStreets(caller: StaffCaller): boolean {
  return hasRole(caller, 'district_reviewer', 'finance')
}

/** The streets whose applications the caller may read: all (null) or a street reviewer's. */
export function readableStreets(caller: StaffCaller): Street[] | null {
  if (seesAllStreets(caller)) return null
  return hasRole(caller, 'street_reviewer') ? caller.streets : []
}

/** Whether the caller may read an application of `street`. */
export function mayRead(caller: StaffCaller, street: Street): boolean {
  const streets = readableStreets(caller)
  return streets === null || streets.includes(street)
}
