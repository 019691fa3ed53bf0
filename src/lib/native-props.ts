// Taro passes `nativeProps` to the mini-program's setData as they are; WeChat rejects `undefined`
// in setData ("Setting data field to undefined is invalid"), so optional attributes are left out
// instead of set to undefined. (Found by the weapp harness: test/weapp/pages.test.ts.)

/** `props` without its undefined values, for a component's `nativeProps`. */
export function definedProps<T extends Record<string, unknown>>(props: T): Partial<T> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined)) as Partial<T>
}
