// H5 only: what `@tarojs/components` resolves to in the H5 build (config/h5-host.ts aliases it here).
// Everything is Taro's, except the components the first screens draw: View and Text (dozens on
// every page), Image, ScrollView and Button.
//
// Taro draws each of them as a Stencil web component: one more React class per element, and once
// it is in the page, its code fetched, a render of its own, styles attached and a second style
// pass. A page's first screen spent its longest tasks there (measured in `npm run bench -- h5`).
// These draw the same tags with the same attributes and Taro's own stylesheets for them (imported
// from the package: Taro's build puts a package's CSS first in the page, as the web components did,
// so the app's styles still win), and do what Taro's do (hover-class; not longpress, which no page
// uses). What they leave out (set scroll positions, a Form's submit button) a lint rule forbids.
// Screens compared pixel by pixel before and after, normal and 关怀 mode. The mini-program is not
// affected.
export * from '@tarojs/components/lib/react'
export { View, Text } from './host-components'
export { Image } from './image'
export { ScrollView } from './scroll-view'
export { Button } from './button'
