// H5: `@tarojs/components` resolves to src/components/h5-host, Taro's components with View and Text
// drawn without web components (see that folder's index.ts). Set in the webpack chain, after Taro's
// H5 platform has pointed the name at its own library; the mini-program build never sees it.
import path from 'node:path'

interface H5HostChain {
  resolve: { alias: { set(name: string, value: string): unknown } }
  module: { rule(name: string): { test(file: string): { set(key: 'sideEffects', value: boolean): unknown } } }
}

const H5_HOST = path.resolve(__dirname, '..', 'src', 'components', 'h5-host')

export function aliasH5Host(chain: H5HostChain): void {
  chain.resolve.alias.set('@tarojs/components$', path.join(H5_HOST, 'index.ts'))
  // Taro's runtime imports its tab bar and pull-down definitions at start-up (web-components.ts says why not).
  chain.resolve.alias.set('@tarojs/components/dist/components$', path.join(H5_HOST, 'web-components.ts'))
  // index.ts only re-exports, so webpack may send each import straight to the module that defines it:
  // a page drawing View and Text then never loads Taro's web component wrappers.
  chain.module.rule('h5HostReexports').test(path.join(H5_HOST, 'index.ts')).set('sideEffects', false)
}
