// staff: who does what on the staff side. `me` answers any signed-in caller (a worker is not
// staff); granting, revoking and listing roles is for admins. The first admin comes from the
// command line (`npm run staff -- grant <openid> admin`, scripts/staff.ts).
import { createHandler } from '../_shared/handler'
import { grant } from './actions/grant'
import { list } from './actions/list'
import { me } from './actions/me'
import { revoke } from './actions/revoke'

export const main = createHandler({ me, grant, revoke, list })
