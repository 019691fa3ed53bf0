// Who may do what in content management. Zod-free, like dream-plan/review-roles.ts: the function
// refuses anyone else, and the staff pages import the same lists to offer only what it would serve.
import type { StaffRole } from '../staff/roles'

export const CONTENT_ROLES = {
  /** Write and submit drafts. */
  writers: ['editor'],
  /** Change a working copy's content by other means: restore an older revision, upload images and files. */
  editors: ['editor', 'publisher'],
  /** Review, publish, schedule, withdraw and pin; manage channels and headlines. */
  publishers: ['publisher'],
  /** Read lists and items: everyone who works on content, and admins (who audit it). */
  readers: ['editor', 'publisher', 'admin'],
  /** Run the 公众号 sync by hand (wechatSync). */
  syncers: ['publisher', 'admin'],
  /** Read the operation log. */
  auditors: ['admin']
} as const satisfies Record<string, readonly StaffRole[]>
