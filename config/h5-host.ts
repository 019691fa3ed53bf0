// H5: `@tarojs/components` resolves to src/components/h5-host, Taro's components with View and Text
// drawn without web components (see that folder's index.ts). Set in the webpack chain, after Taro's
// H5 platform has pointed the name at its own library; the mini-program build never sees it.
import path from 'node:path'

interface AliasChain {
  resolve: { alias: { set(name: string, value: string): unknown } }
}

export function aliasH5Host(chain: AliasChain): void {
  chain.resolve.alias.set('@tarojs/components$', path.resolve(__dirname, '..', 'src', 'components', 'h5-host', 'index.ts'))
}
