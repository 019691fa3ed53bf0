// The `channels` collection: one document per channel (`_id` = its name), kept by the importer.
import { database } from '../_shared/cloudbase'

export const CHANNELS = 'channels'

/** The collection handle. */
export function channels() {
  return database().collection(CHANNELS)
}
