// View and Text drawn as plain elements under Taro's tags (see index.ts).
import { forwardRef, type ForwardedRef, type TouchEvent } from 'react'
import { hostElement, type HostProps } from './host-element'
import { usePressed } from './use-pressed'
import '@tarojs/components/dist/collection/components/view/style/index.css'
import '@tarojs/components/dist/collection/components/text/style/index.css'

interface ViewProps extends HostProps {
  hoverClass?: string
  hoverStartTime?: number
  hoverStayTime?: number
  onTouchStart?: (event: TouchEvent) => void
  onTouchEnd?: (event: TouchEvent) => void
}

/** Taro's View. Most have no hover-class, and draw with no state of their own. */
export const View = forwardRef(function View(props: ViewProps, ref: ForwardedRef<HTMLElement>) {
  return props.hoverClass ? <PressableView {...props} hoverClass={props.hoverClass} forwardedRef={ref} /> : hostElement('taro-view-core', props, ref)
})

/** hover-class shows `hoverStartTime` ms into a touch and stays `hoverStayTime` ms after it, as in Taro. */
function PressableView({
  hoverClass,
  hoverStartTime = 50,
  hoverStayTime = 400,
  onTouchStart,
  onTouchEnd,
  forwardedRef,
  ...props
}: ViewProps & { hoverClass: string; forwardedRef: ForwardedRef<HTMLElement> }) {
  const pressed = usePressed(hoverStartTime, hoverStayTime)
  return hostElement(
    'taro-view-core',
    {
      ...props,
      onTouchStart: (event: TouchEvent) => {
        pressed.start()
        onTouchStart?.(event)
      },
      onTouchEnd: (event: TouchEvent) => {
        pressed.end()
        onTouchEnd?.(event)
      }
    },
    forwardedRef,
    pressed.on ? hoverClass : undefined
  )
}

/** Taro's Text. */
export const Text = forwardRef(function Text(props: HostProps, ref: ForwardedRef<HTMLElement>) {
  return hostElement('taro-text-core', props, ref)
})
