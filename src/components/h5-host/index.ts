// H5 only: what `@tarojs/components` resolves to in the H5 build (config/h5-host.ts aliases it here).
// Everything is Taro's, except View and Text, the two that every page draws dozens of times.
//
// Taro draws each of them as a Stencil web component: one more React class per element, and once
// it is in the page, a render of its own, styles attached and a second style pass. A page's first
// screen spent its longest tasks there (measured in `npm run bench -- h5`). These two draw the same
// tags with the same attributes and Taro's own stylesheet for them, and do what Taro's View does
// (hover-class; not longpress, which no page uses), without the web component behind the tag.
// Screens compared pixel by pixel before and after, normal and 关怀 mode: identical. The
// mini-program is not affected.
export * from '@tarojs/components/lib/react'
export { View, Text } from './host-components'
