// What each kind of content must say for the one life cycle to publish it: its schema, its title in
// lists, the readers' document it becomes, and checks a save needs beyond the schema.
import type { z } from 'zod'
import type { AnyBody, ContentItemDoc } from '../../../../contracts/content-admin/words'
import type { Envelope } from '../../../../contracts/envelope'

export interface KindAdapter {
  schema: z.ZodType
  /** What lists show. */
  title: (body: AnyBody) => string
  /** The id of a new item (an article's random id, a policy's year …). */
  newId: (body: AnyBody) => string
  /** A refusal the schema cannot see (e.g. a frozen policy), or null. */
  check?: (body: AnyBody, item: ContentItemDoc | null) => Promise<Envelope<never> | null>
  /** Writes the readers' copy of `body` (idempotent: a retry after a crash writes the same). */
  putLive: (item: ContentItemDoc, body: AnyBody, now: Date) => Promise<void>
  /** Removes the readers' copy; what it returns is kept on the item for a later publish (counts). */
  removeLive: (item: ContentItemDoc) => Promise<Partial<ContentItemDoc>>
  /** The readers' copy as a working copy, for content that predates content management (adoption). */
  readLive: (id: string) => Promise<AnyBody | null>
  /** Can the live copy be withdrawn now (null) or why not. */
  mayWithdraw?: (item: ContentItemDoc) => Promise<Envelope<never> | null>
}
