// Production overrides: minified, no H5 source maps so build/h5 stays lean, and every text asset
// of the H5 build also written as .br and .gz beside it, so a server sends the compressed copy
// without compressing on each request (the local server does: local-cloudbase/static).
import zlib from 'node:zlib'
import CompressionPlugin from 'compression-webpack-plugin'
import type { UserConfigExport } from '@tarojs/cli'
import { RoutePreloadPlugin } from './route-preload'
import { aliasH5Host } from './h5-host'

const TEXT_ASSETS = /\.(js|css|html|svg|json)$/

export default {
  mini: {
    enableSourceMap: false
  },
  h5: {
    enableSourceMap: false,
    webpackChain(chain) {
      // Taro splits only the initial chunks, so every lazily loaded page carried its own copy of
      // what pages share (Taro's components, swiper, zod…): 8 MB of JS for 30 pages. Code two or
      // more pages use goes into shared chunks, loaded once and cached across pages.
      chain.optimization.merge({ splitChunks: { cacheGroups: { sharedByPages: { chunks: 'async', minChunks: 2, minSize: 10_000, priority: -5, reuseExistingChunk: true }, reactDom: { test: /[\\/]node_modules[\\/](react-dom|scheduler)[\\/]/, chunks: 'initial', priority: 200 } } } })
      chain.plugin('routePreload').use(RoutePreloadPlugin)
      aliasH5Host(chain)
      chain.plugin('gzip').use(CompressionPlugin, [{ test: TEXT_ASSETS, algorithm: 'gzip', filename: '[path][base].gz', compressionOptions: { level: 9 }, threshold: 1024, minRatio: 0.9 }])
      chain.plugin('brotli').use(CompressionPlugin, [
        {
          test: TEXT_ASSETS,
          algorithm: 'brotliCompress',
          filename: '[path][base].br',
          compressionOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } },
          threshold: 1024,
          minRatio: 0.9
        }
      ])
    }
  }
} satisfies UserConfigExport<'webpack5'>
