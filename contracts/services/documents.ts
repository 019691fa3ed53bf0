// Services, places and FAQs as stored (`services`, `places`, `faqs`) and as the app receives them.
import type { ArticleSummary } from '../content/article'
import type { PlaceType, ServiceId, Street } from './catalog'

/** A way to reach the people behind a service. */
export interface Contact {
  label: string
  phone: string
}

/** A service of the union (the `services` collection; `_id` is its ServiceId). */
export interface ServiceDoc {
  _id: ServiceId
  name: string
  /** One line under the name in the grid. */
  tagline: string
  order: number
  /** 是什么 */
  about: string
  /** 谁可以用 */
  eligibility: string
  /** 怎么用: steps in order. */
  steps: string[]
  /** 需要的材料 (may be empty). */
  documents: string[]
  contacts: Contact[]
  /** Places of this type are listed on the service page and open the finder filtered to it. */
  placeType?: PlaceType
  /** Words whose news is "related" (searched through the article search index). */
  newsKeywords: string[]
  /** Where the facts come from; empty when the text is sample content. */
  sources: string[]
  /** Content not from a real source: the app labels it 示例. */
  sample: boolean
}

/** A grid cell. */
export interface ServiceSummary {
  id: ServiceId
  name: string
  tagline: string
  sample: boolean
}

/** A service page: the document's reader-facing fields. */
export interface ServiceDetail extends ServiceSummary, Pick<ServiceDoc, 'about' | 'eligibility' | 'steps' | 'documents' | 'contacts' | 'placeType' | 'sources'> {}

/** GeoJSON point, as CloudBase stores `db.Geo.Point` (longitude first). */
export interface GeoPoint {
  type: 'Point'
  coordinates: [longitude: number, latitude: number]
}

/** A place (the `places` collection). */
export interface PlaceDoc {
  _id: string
  name: string
  type: PlaceType
  street: Street
  /** STREETS index, so the list sorts by street on an index. */
  streetOrder: number
  address: string
  location: GeoPoint
  /** Opening hours as people say them, e.g. 周一至周日 8:00–22:00. */
  hours: string
  /** What it offers, e.g. 饮水, 热饭, 如厕, 淋浴, 充电, 阅读. */
  offers: string[]
  phone?: string
  /** Temporarily closed, with why and until when (set in content management); absent when open. */
  closedNote?: string
  /** Not from a real public list: the app labels it 示例. */
  sample: boolean
}

/** A place as the finder shows it. */
export interface PlaceSummary {
  id: string
  name: string
  type: PlaceType
  street: Street
  address: string
  latitude: number
  longitude: number
  hours: string
  offers: string[]
  phone?: string
  /** 暂停开放 and why; absent when open. */
  closedNote?: string
  sample: boolean
  /** Metres from the point asked about; present only when `near` was given. */
  distance?: number
}

/** A question and its answer (the `faqs` collection). */
export interface FaqDoc {
  _id: string
  group: string
  groupOrder: number
  order: number
  question: string
  answer: string
  sample: boolean
}

/** One FAQ group with its questions. */
export interface FaqGroup {
  group: string
  items: { id: string; question: string; answer: string; sample: boolean }[]
}

/** A service page's data: the service and the news about it. */
export interface GetServiceResult {
  service: ServiceDetail
  relatedArticles: ArticleSummary[]
}
