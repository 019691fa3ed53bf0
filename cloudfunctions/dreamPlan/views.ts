// The application as its owner sees it, with fresh temporary links to the materials.
import type { ApplicationDetail } from '../../contracts/dream-plan/application'
import type { ApplicationDoc } from '../../contracts/dream-plan/documents'
import { toDetail } from '../_shared/dream-plan/applications'
import { materialUrls } from '../_shared/dream-plan/materials'

/** ApplicationDetail of a stored application. */
export async function detailOf(doc: ApplicationDoc, now: Date): Promise<ApplicationDetail> {
  return toDetail(doc, await materialUrls(doc.materials), now)
}
