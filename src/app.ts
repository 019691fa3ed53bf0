// App root: Taro renders the current page as `children`.
import type { PropsWithChildren } from 'react'
import { installH5Keyboard } from './lib/h5-keyboard'
import './components/tokens/tokens.css'
import './app.css'

installH5Keyboard()

function App({ children }: PropsWithChildren) {
  return children
}

export default App
