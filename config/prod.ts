// Production overrides: minified, and no H5 source maps so build/h5 stays lean.
import type { UserConfigExport } from '@tarojs/cli'

export default {
  mini: {
    enableSourceMap: false
  },
  h5: {
    enableSourceMap: false
  }
} satisfies UserConfigExport<'webpack5'>
