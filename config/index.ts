// Taro build configuration for both targets: the WeChat mini-program (dist/, opened through
// project.config.json) and the H5 site (build/h5/, served by the local gateway).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'

const root = path.resolve(__dirname, '..')
// contracts/ lives outside sourceRoot; Taro's babel rule only covers src/ unless told otherwise.
const contractsDir = path.resolve(root, 'contracts')
const isH5 = process.env.TARO_ENV === 'h5'
const outputRoot = isH5 ? 'build/h5' : 'dist'
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }

// https://docs.taro.zone/docs/config-detail
export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'futian-union-miniprogram',
    date: '2025-11-25',
    designWidth: 750,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2
    },
    sourceRoot: 'src',
    // Two targets, two folders: the mini-program reads dist/, the gateway serves build/h5.
    outputRoot,
    plugins: [],
    // 关于 shows the version; only this one string from package.json enters the bundle.
    defineConstants: { __APP_VERSION__: JSON.stringify(version) },
    // Mirrors tsconfig.json `paths`; config files themselves are compiled outside webpack.
    alias: {
      '@': path.resolve(root, 'src'),
      '@contracts': contractsDir
    },
    // Share-card pictures are referenced by path (onShareAppMessage's imageUrl, og:image), not
    // imported, so they are copied as files: /assets/share/<channel>.png in both targets.
    // The map marker (weapp only: H5 has no map) goes into the services subpackage, not the main one.
    copy: {
      patterns: [
        { from: 'src/assets/share/', to: `${outputRoot}/assets/share/` },
        ...(isH5 ? [] : [{ from: 'src/packages/services/assets/', to: `${outputRoot}/packages/services/assets/` }]),
        // H5's service worker, at the root so it controls every page (src/lib/shell-worker.ts).
        ...(isH5 ? [{ from: 'src/h5-shell/sw.js', to: `${outputRoot}/sw.js` }] : [])
      ],
      options: {}
    },
    // base.wxml repeats every component's template once per nesting level (~2.7 KB a level).
    // Deeper trees still render, through Taro's recursive `comp` component; 16 (Taro's default)
    // cost 8 KB of the weapp main package (issue: main package ≤ 450 KB). Only weapp reads it.
    baseLevel: 12,
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      // Keeps modules used only by subpackages out of the 2 MB main package.
      optimizeMainPackage: { enable: true },
      compile: { include: [contractsDir] },
      // Components' stylesheets do not depend on each other's order (each styles its own classes).
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false }
      }
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      // Stable, shareable URLs such as /pages/article/index?id=abc; the server falls back to index.html.
      router: { mode: 'browser' },
      compile: { include: [contractsDir] },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js'
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css'
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        // Taro's rem grows with the window's shorter side (20 px at a 375 px phone) up to 40 px: a
        // staff member's desktop window drew the phone layout at twice its size. Capped at 24 px,
        // phones (shorter side up to 450 px) are as before, and wide windows get 1.2 times a phone's
        // sizes, the room going to the two-column layouts from 768 px.
        pxtransform: { enable: true, config: { maxRootSize: 24 } },
        cssModules: { enable: false }
      }
    }
  }

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
