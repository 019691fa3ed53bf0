// Development overrides (taro build --watch): readable logs, source maps on.
import type { UserConfigExport } from '@tarojs/cli'

export default {
  logger: { quiet: false, stats: true },
  mini: {},
  h5: {}
} satisfies UserConfigExport<'webpack5'>
