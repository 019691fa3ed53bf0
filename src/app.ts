// App root: Taro renders the current page as `children`.
import Taro, { usePageNotFound } from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import { showToast } from './lib/feedback'
import { installH5Keyboard } from './lib/h5-keyboard'
import { HOME_PATH } from './lib/routes'
import { registerShellWorker } from './lib/shell-worker'
import './components/tokens/tokens.css'
import './app.css'

installH5Keyboard()
registerShellWorker()

/**
 * An address for a page the app does not have (a link to a page since removed, a mistyped one)
 * opens 首页 with a word, not a blank screen: WeChat's advice for onPageNotFound, and H5's too.
 */
function openHomeInstead(): void {
  Taro.reLaunch({ url: HOME_PATH }).then(
    () => showToast({ title: '页面不存在，已为您打开首页', icon: 'none' }),
    () => undefined
  )
}

function App({ children }: PropsWithChildren) {
  usePageNotFound(openHomeInstead)
  return children
}

export default App
