// App root: Taro renders the current page as `children`.
import type { PropsWithChildren } from 'react'
import './app.css'

function App({ children }: PropsWithChildren) {
  return children
}

export default App
