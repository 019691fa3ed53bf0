// App root: Taro renders the current page as `children`.
import type { PropsWithChildren } from 'react'
import { installH5Keyboard } from './lib/h5-keyboard'
import { registerShellWorker } from './lib/shell-worker'
import './components/tokens/tokens.css'
import './app.css'

installH5Keyboard()
registerShellWorker()

function App({ children }: PropsWithChildren) {
  return children
}

export default App
