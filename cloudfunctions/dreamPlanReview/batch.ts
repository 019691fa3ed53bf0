// Loading a batch of applications named by id, for 公示 and 发放: all found or none.
import type { ApplicationDoc } from '../../contracts/dream-plan/documents'
import { appError } from '../../contracts/errors'
import type { Envelope } from '../../contracts/envelope'
import { database } from '../_shared/cloudbase'
import { applications } from '../_shared/dream-plan/applications'

export async function loadAll(ids: string[]): Promise<{ docs: ApplicationDoc[] } | { error: Envelope<never> }> {
  const _ = database().command
  const docs: ApplicationDoc[] = []
  for (let i = 0; i < ids.length; i += 100) {
    const chunk = ids.slice(i, i + 100)
    const { data } = await applications().where({ _id: _.in(chunk) }).limit(chunk.length).get()
    docs.push(...(data as ApplicationDoc[]))
  }
  if (docs.length !== ids.length) return { error: appError('APPLICATION_NOT_FOUND', '所选申请中有不存在的申请，请刷新后重试') }
  const byId = new Map(docs.map((d) => [d._id, d]))
  return { docs: ids.map((id) => byId.get(id)!) }
}
