// The `services` collection: one document per service of the 服务 tab (`_id` = its ServiceId).
import type { ServiceDetail, ServiceDoc, ServiceSummary } from '../../contracts/services/documents'
import { database } from '../_shared/cloudbase'

export const SERVICES = 'services'

/** The collection handle. */
export function services() {
  return database().collection(SERVICES)
}

/** A stored service as a grid cell. */
export function toServiceSummary(doc: ServiceDoc): ServiceSummary {
  return { id: doc._id, name: doc.name, tagline: doc.tagline, sample: doc.sample === true }
}

/** A stored service as its page shows it (news keywords stay on the server). */
export function toServiceDetail(doc: ServiceDoc): ServiceDetail {
  return {
    ...toServiceSummary(doc),
    about: doc.about,
    eligibility: doc.eligibility,
    steps: doc.steps ?? [],
    documents: doc.documents ?? [],
    contacts: doc.contacts ?? [],
    ...(doc.placeType ? { placeType: doc.placeType } : {}),
    sources: doc.sources ?? []
  }
}
