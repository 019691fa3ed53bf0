// Taro's component props lack ARIA's `role`; Taro passes it through to the H5 DOM, where a
// tappable View must say it is a button or a link (aria-* names already type-check as hyphenated).
import '@tarojs/components/types/common'

declare module '@tarojs/components/types/common' {
  interface StandardProps {
    /** WAI-ARIA role, rendered on H5 (the mini-program ignores it). */
    role?: string
    /** Keyboard focus order on H5 (0 for tappable Views; src/lib/h5-keyboard.ts makes Enter/Space tap them). */
    tabIndex?: number
  }
}
