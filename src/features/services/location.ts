// The user's position for one 附近 query: WeChat's privacy authorization first (where the base
// library has it), then getLocation in GCJ-02, the datum WeChat's maps and the places use. Nothing
// here stores the position; the finder keeps it in component state and sends it only with
// listPlaces. Failures become Chinese messages that say what to do next.
import Taro from '@tarojs/taro'
import type { LatLng } from './api/list-places'

/** Why no position: not agreed to the privacy guide, location permission refused, or no fix. */
export type LocationFailureKind = 'privacy' | 'denied' | 'unavailable'

/** A failed attempt, with the text to show. */
export class LocationFailure extends Error {
  readonly kind: LocationFailureKind

  constructor(kind: LocationFailureKind, message: string, cause?: unknown) {
    super(message)
    this.name = 'LocationFailure'
    this.kind = kind
    if (cause !== undefined) (this as { cause?: unknown }).cause = cause
  }
}

/** Give up on a fix after this long: the list must never wait on a spinner forever. */
const LOCATE_TIMEOUT_MS = 15_000

const MESSAGES: Record<LocationFailureKind, string> = {
  privacy: '您没有同意隐私保护指引，无法获取位置，已按街道排序显示。',
  denied:
    process.env.TARO_ENV === 'h5'
      ? '浏览器没有允许获取位置，已按街道排序显示。可在浏览器设置中允许本网站使用位置后重试。'
      : '您没有允许获取位置，已按街道排序显示。可点“去设置”打开位置权限后重试。',
  unavailable: '暂时无法获取您的位置，已按街道排序显示。请确认手机已打开定位服务后重试。'
}

/** Sorts a getLocation / privacy failure into what the user can do about it. */
export function classifyLocationError(error: unknown): LocationFailure {
  if (error instanceof LocationFailure) return error
  const e = error as { errMsg?: string; message?: string; errno?: number; code?: number } | undefined
  const text = `${e?.errMsg ?? ''} ${e?.message ?? ''}`.toLowerCase()
  let kind: LocationFailureKind = 'unavailable'
  // errno 104 / 112: the privacy guide was not agreed to, or does not declare getLocation.
  if (e?.errno === 104 || e?.errno === 112 || text.includes('privacy')) kind = 'privacy'
  // The phone's own location switch or WeChat's system permission: nothing the app can open.
  else if (text.includes('system permission') || text.includes('error_nolocation') || text.includes('error_network')) kind = 'unavailable'
  // The mini-program's scope.userLocation, or the browser's geolocation permission (code 1).
  else if (text.includes('auth den') || text.includes('auth deny') || text.includes('permission denied') || text.includes('user denied') || e?.code === 1) kind = 'denied'
  return new LocationFailure(kind, MESSAGES[kind], error)
}

/** weapp: asks for agreement to the privacy guide if it is still needed (base library ≥ 2.32.3). */
function requirePrivacy(): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp' || typeof Taro.requirePrivacyAuthorize !== 'function') return Promise.resolve()
  // Not promisified by Taro: the callbacks are the only answer.
  return new Promise((resolve, reject) => {
    Taro.requirePrivacyAuthorize({
      success: () => resolve(),
      fail: (error) => reject(new LocationFailure('privacy', MESSAGES.privacy, error))
    })
  })
}

const PI = Math.PI
const AXIS = 6378245.0
const ECCENTRICITY = 0.00669342162296594323

function outsideChina(lat: number, lng: number): boolean {
  return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271
}

function shiftLat(x: number, y: number): number {
  let ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x))
  ret += ((20.0 * Math.sin(6.0 * x * PI) + 20.0 * Math.sin(2.0 * x * PI)) * 2.0) / 3.0
  ret += ((20.0 * Math.sin(y * PI) + 40.0 * Math.sin((y / 3.0) * PI)) * 2.0) / 3.0
  ret += ((160.0 * Math.sin((y / 12.0) * PI) + 320 * Math.sin((y * PI) / 30.0)) * 2.0) / 3.0
  return ret
}

function shiftLng(x: number, y: number): number {
  let ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x))
  ret += ((20.0 * Math.sin(6.0 * x * PI) + 20.0 * Math.sin(2.0 * x * PI)) * 2.0) / 3.0
  ret += ((20.0 * Math.sin(x * PI) + 40.0 * Math.sin((x / 3.0) * PI)) * 2.0) / 3.0
  ret += ((150.0 * Math.sin((x / 12.0) * PI) + 300.0 * Math.sin((x / 30.0) * PI)) * 2.0) / 3.0
  return ret
}

/**
 * WGS-84 (what a browser's geolocation gives) to GCJ-02 (what WeChat and the places use), by the
 * published approximation; about 1 m of error, against a shift of 300–500 m in Shenzhen.
 */
export function wgs84ToGcj02({ latitude, longitude }: LatLng): LatLng {
  if (outsideChina(latitude, longitude)) return { latitude, longitude }
  const dLat0 = shiftLat(longitude - 105.0, latitude - 35.0)
  const dLng0 = shiftLng(longitude - 105.0, latitude - 35.0)
  const radLat = (latitude / 180.0) * PI
  let magic = Math.sin(radLat)
  magic = 1 - ECCENTRICITY * magic * magic
  const sqrtMagic = Math.sqrt(magic)
  const dLat = (dLat0 * 180.0) / (((AXIS * (1 - ECCENTRICITY)) / (magic * sqrtMagic)) * PI)
  const dLng = (dLng0 * 180.0) / ((AXIS / sqrtMagic) * Math.cos(radLat) * PI)
  return { latitude: latitude + dLat, longitude: longitude + dLng }
}

async function getPosition(): Promise<LatLng> {
  if (process.env.TARO_ENV === 'h5') {
    // Taro's H5 getLocation only speaks WGS-84 (the browser's datum) and refuses 'gcj02'.
    const res = await Taro.getLocation({ type: 'wgs84', highAccuracyExpireTime: LOCATE_TIMEOUT_MS })
    return wgs84ToGcj02({ latitude: res.latitude, longitude: res.longitude })
  }
  const res = await Taro.getLocation({ type: 'gcj02' })
  return { latitude: res.latitude, longitude: res.longitude }
}

/**
 * The user's position now (GCJ-02). Call only from a tap on 附近: it may show WeChat's privacy
 * prompt and the location permission prompt. Rejects with a LocationFailure.
 */
export async function locateOnce(): Promise<LatLng> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LocationFailure('unavailable', MESSAGES.unavailable)), LOCATE_TIMEOUT_MS + 1_000)
  })
  try {
    await requirePrivacy()
    const position = await Promise.race([getPosition(), timeout])
    if (!Number.isFinite(position.latitude) || !Number.isFinite(position.longitude)) {
      throw new LocationFailure('unavailable', MESSAGES.unavailable)
    }
    return position
  } catch (error) {
    throw classifyLocationError(error)
  } finally {
    if (timer) clearTimeout(timer)
  }
}

/** Metres as people say them: 10 米内, 350 米, 1.2 公里, 15 公里. */
export function formatDistance(metres: number): string {
  if (!Number.isFinite(metres) || metres < 0) return ''
  if (metres < 10) return '10 米内'
  const tens = Math.round(metres / 10) * 10
  if (tens < 1000) return `${tens} 米`
  if (metres < 9_950) return `${(Math.round(metres / 100) / 10).toFixed(1)} 公里`
  return `${Math.round(metres / 1000)} 公里`
}
