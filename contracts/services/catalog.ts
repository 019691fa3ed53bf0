// The union's services, place types and Futian's streets: fixed vocabularies shared by the app
// (labels, filters) and the functions (validation). No zod here, so the app can import it freely.

/** Futian District's ten streets (街道), in the district's usual order. */
export const STREETS = ['园岭', '南园', '福田', '沙头', '梅林', '华富', '香蜜湖', '莲花', '华强北', '福保'] as const
export type Street = (typeof STREETS)[number]

/** Kinds of places the union runs or badges, with their Chinese names. */
export const PLACE_TYPES = [
  { id: 'warm-bee-station', name: '暖蜂驿站' },
  { id: 'workers-library', name: '职工书屋' },
  { id: 'loving-mother-room', name: '爱心妈妈小屋' },
  { id: 'union-canteen', name: '工会大食堂' },
  { id: 'worker-service-center', name: '职工服务中心' }
] as const
export type PlaceType = (typeof PLACE_TYPES)[number]['id']

/** The services on the 服务 tab, in grid order. */
export const SERVICE_IDS = [
  'dream-plan',
  'warm-bee-station',
  'workers-library',
  'loving-mother-room',
  'union-canteen',
  'worker-service-center',
  'one-click-relief',
  'legal-aid',
  'union-training'
] as const
export type ServiceId = (typeof SERVICE_IDS)[number]

/** A street's position in STREETS (the places list is sorted by it when no location is shared). */
export function streetOrder(street: string): number {
  const i = (STREETS as readonly string[]).indexOf(street)
  return i >= 0 ? i : STREETS.length
}

/** The Chinese name of a place type. */
export function placeTypeName(type: string): string {
  return PLACE_TYPES.find((t) => t.id === type)?.name ?? type
}
