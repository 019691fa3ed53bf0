// Inputs and outputs of the `content` function's service actions (services, places, FAQs).
import { z } from '../zod'
import { PLACE_TYPES, SERVICE_IDS, STREETS } from './catalog'
import type { FaqGroup, GetServiceResult, PlaceSummary, ServiceSummary } from './documents'

const placeTypeIds = PLACE_TYPES.map((t) => t.id) as [string, ...string[]]

export const listServicesInput = z.strictObject({})
export type ListServicesInput = z.input<typeof listServicesInput>
export interface ListServicesResult {
  items: ServiceSummary[]
}

export const getServiceInput = z.strictObject({ id: z.enum(SERVICE_IDS, { error: '没有这项服务' }) })
export type GetServiceInput = z.input<typeof getServiceInput>

export const listPlacesInput = z.strictObject({
  type: z.enum(placeTypeIds, { error: '没有这种服务阵地类型' }).optional(),
  street: z.enum(STREETS, { error: '请选择福田区的街道' }).optional(),
  /** The user's position for this one query; never stored. */
  near: z
    .strictObject({
      latitude: z.number().min(-90, '纬度须在 -90 到 90 之间').max(90, '纬度须在 -90 到 90 之间'),
      longitude: z.number().min(-180, '经度须在 -180 到 180 之间').max(180, '经度须在 -180 到 180 之间')
    })
    .optional(),
  cursor: z.string().max(200, '翻页信息无效').optional(),
  limit: z.number().int().min(1).max(50).default(20)
})
export type ListPlacesInput = z.input<typeof listPlacesInput>
export interface ListPlacesResult {
  items: PlaceSummary[]
  nextCursor: string | null
}

export const listFaqsInput = z.strictObject({ q: z.string().trim().max(50, '关键词最多 50 个字').optional() })
export type ListFaqsInput = z.input<typeof listFaqsInput>
export interface ListFaqsResult {
  groups: FaqGroup[]
}

/** The service actions of `content`. */
export interface ServiceActions {
  listServices: { input: ListServicesInput; result: ListServicesResult }
  getService: { input: GetServiceInput; result: GetServiceResult }
  listPlaces: { input: ListPlacesInput; result: ListPlacesResult }
  listFaqs: { input: ListFaqsInput; result: ListFaqsResult }
}
