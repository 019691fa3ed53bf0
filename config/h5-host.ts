// H5: `@tarojs/components` resolves to src/components/h5-host, Taro's components with View and Text
// drawn without web components (see that folder's index.ts). Set in the webpack chain, after Taro's
// H5 platform has pointed the name at its own library; the mini-program build never sees it.
import path from 'node:path'
import webpack from 'webpack'

interface H5HostChain {
  resolve: { alias: { set(name: string, value: string): unknown } }
  module: { rule(name: string): { test(file: string): { set(key: 'sideEffects', value: boolean): unknown } } }
  plugin(name: string): { use(plugin: unknown, args: unknown[]): unknown }
}

interface ResolveData {
  request: string
  context: string
  contextInfo: { issuer: string }
}

/** The stylesheet of Taro's older component library (src/components/taro-controls/index.h5.ts). */
const OLD_COMPONENTS_CSS = '@tarojs/components/dist/taro-components/taro-components.css'
const H5_PLATFORM_RUNTIME = path.join('@tarojs', 'plugin-platform-h5', 'dist', 'runtime')

const H5_HOST = path.resolve(__dirname, '..', 'src', 'components', 'h5-host')
const NO_STYLES = path.join(H5_HOST, 'no-styles.css')

/**
 * Parts of Taro's H5 router swapped for src/h5-router's stand-ins where the router imports them
 * (that folder's files say why each is safe): parts this app never uses, 6.9 KB of compressed JS on
 * every first screen, and the page handler, with a race closed. Keyed by the importing file (under
 * @tarojs/router/dist) and the request.
 */
const H5_ROUTER = path.resolve(__dirname, '..', 'src', 'h5-router')
const ROUTER_DIST = path.join('@tarojs', 'router', 'dist')
const ROUTER_STAND_INS: ReadonlyArray<{ importer: string; request: string; standIn: string }> = [
  { importer: 'index.js', request: './navigationBar.js', standIn: 'navigation-bar.ts' },
  { importer: 'index.js', request: './tabbar.js', standIn: 'tab-bar.ts' },
  { importer: path.join('router', 'page.js'), request: 'query-string', standIn: 'query-string.ts' },
  { importer: path.join('router', 'spa.js'), request: 'universal-router', standIn: 'page-router.ts' },
  { importer: path.join('router', 'spa.js'), request: './page.js', standIn: 'page-handler.ts' }
]

export function aliasH5Host(chain: H5HostChain): void {
  chain.resolve.alias.set('@tarojs/components$', path.join(H5_HOST, 'index.ts'))
  // Taro's runtime imports its tab bar and pull-down definitions at start-up (web-components.ts says why not).
  chain.resolve.alias.set('@tarojs/components/dist/components$', path.join(H5_HOST, 'web-components.ts'))
  // index.ts only re-exports, so webpack may send each import straight to the module that defines it:
  // a page drawing View and Text then never loads Taro's web component wrappers.
  chain.module.rule('h5HostReexports').test(path.join(H5_HOST, 'index.ts')).set('sideEffects', false)
  // Taro's H5 platform imports that stylesheet at start-up, as JS that injects it: 4 KB compressed on
  // every first screen, nearly all of it the weui icon font as base64, which only the Checkbox's tick
  // uses here (the rest styles a .taro-app-wrap class nothing renders, and weui checkbox markup). The
  // platform's import is dropped; src/components/taro-controls imports it with the form controls.
  chain.plugin('oldComponentsCss').use(webpack.NormalModuleReplacementPlugin, [
    /taro-components\.css$/,
    (resolveData: ResolveData) => {
      if (resolveData.request === OLD_COMPONENTS_CSS && resolveData.context.includes(H5_PLATFORM_RUNTIME)) resolveData.request = NO_STYLES
    }
  ])
  chain.plugin('routerStandIns').use(webpack.NormalModuleReplacementPlugin, [
    new RegExp(`^(${ROUTER_STAND_INS.map((s) => s.request.replace(/[./]/g, '\\$&')).join('|')})$`),
    (resolveData: ResolveData) => {
      const standIn = ROUTER_STAND_INS.find(
        (s) => s.request === resolveData.request && resolveData.contextInfo.issuer.endsWith(path.join(ROUTER_DIST, s.importer))
      )
      if (standIn) resolveData.request = path.join(H5_ROUTER, standIn.standIn)
    }
  ])
}
