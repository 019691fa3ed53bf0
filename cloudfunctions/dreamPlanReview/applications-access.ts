// Reading one application on the staff side: 404 for an unknown id, 403 for a street reviewer
// outside their streets.
import type { ApplicationDoc } from '../../contracts/dream-plan/documents'
import { appError } from '../../contracts/errors'
import type { Envelope } from '../../contracts/envelope'
import { applications } from '../_shared/dream-plan/applications'
import { mayRead, outsideStreets, type StaffCaller } from '../_shared/staff-access'

export async function findApplication(id: string): Promise<ApplicationDoc | null> {
  const { data } = await applications().where({ _id: id }).limit(1).get()
  return (data[0] as ApplicationDoc | undefined) ?? null
}

/** The application if the caller may read it, else the envelope to answer with. */
export async function readableApplication(id: string, caller: StaffCaller): Promise<{ doc: ApplicationDoc } | { error: Envelope<never> }> {
  const doc = await findApplication(id)
  if (!doc) return { error: appError('APPLICATION_NOT_FOUND') }
  if (!mayRead(caller, doc.work.street)) return { error: outsideStreets() }
  return { doc }
}
