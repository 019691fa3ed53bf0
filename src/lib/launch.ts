// How the app was opened. A card shared to 朋友圈 opens its page in single-page mode (scene
// 1154): no login, no tab bar, no navigation to other pages; the page must read well alone.
import Taro from '@tarojs/taro'

/** WeChat's scene value for a page opened from Moments (朋友圈) in single-page mode. */
export const SCENE_TIMELINE_SINGLE_PAGE = 1154

function sceneOf(read: () => { scene?: unknown } | undefined): number | null {
  try {
    const scene = Number(read()?.scene)
    return Number.isFinite(scene) ? scene : null
  } catch {
    return null
  }
}

/** True when this run is Moments' single-page mode (never on H5). */
export function isSinglePageMode(): boolean {
  if (process.env.TARO_ENV === 'h5') return false
  const enter = sceneOf(() => (typeof Taro.getEnterOptionsSync === 'function' ? Taro.getEnterOptionsSync() : undefined))
  const launch = sceneOf(() => Taro.getLaunchOptionsSync())
  return (enter ?? launch) === SCENE_TIMELINE_SINGLE_PAGE
}
