// Development overrides (taro build --watch): readable logs, source maps on.
import type { UserConfigExport } from '@tarojs/cli'
import { aliasH5Host } from './h5-host'

export default {
  logger: { quiet: false, stats: true },
  mini: {},
  h5: {
    webpackChain(chain) {
      aliasH5Host(chain)
    }
  }
} satisfies UserConfigExport<'webpack5'>
