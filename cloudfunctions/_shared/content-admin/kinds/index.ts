// Each kind's adapter.
import type { ContentKind } from '../../../../contracts/content-admin/words'
import { articleKind } from './article'
import type { KindAdapter } from './kind'
import { placeKind } from './place'
import { policyKind } from './policy'
import { faqKind, serviceKind } from './service'

export const KINDS: Record<ContentKind, KindAdapter> = { article: articleKind, place: placeKind, policy: policyKind, service: serviceKind, faq: faqKind }
export type { KindAdapter }
