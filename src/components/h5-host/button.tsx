// Taro's Button drawn without its web component: the same tag, attributes and stylesheet as
// @tarojs/components' taro-button-core, its pressed look (hover-class 20 ms into a touch, 70 ms
// after it) and its rule that a disabled button's tap goes nowhere. No form-type: no page submits a
// Taro Form, and a lint rule (eslint.config.mjs) keeps it so.
import { forwardRef, type ForwardedRef, type MouseEvent, type TouchEvent } from 'react'
import { hostElement, type HostProps } from './host-element'
import { usePressed } from './use-pressed'
import '@tarojs/components/dist/collection/components/button/style/index.css'

interface ButtonProps extends HostProps {
  type?: string
  size?: string
  plain?: boolean
  loading?: boolean
  disabled?: boolean
  hoverClass?: string
  hoverStartTime?: number
  hoverStayTime?: number
  /** The mini-program's share and other open abilities; nothing on H5, as with Taro's. */
  openType?: string
  onClick?: (event: MouseEvent) => void
  onTouchStart?: (event: TouchEvent) => void
  onTouchEnd?: (event: TouchEvent) => void
}

export const Button = forwardRef(function Button(
  { type, size, plain, loading, disabled, hoverClass = 'button-hover', hoverStartTime = 20, hoverStayTime = 70, openType: _openType, onClick, onTouchStart, onTouchEnd, children, ...props }: ButtonProps,
  ref: ForwardedRef<HTMLElement>
) {
  const pressed = usePressed(hoverStartTime, hoverStayTime)
  return hostElement(
    'taro-button-core',
    {
      ...props,
      // Attributes only when set: Taro's stylesheet matches [disabled], [plain], [loading] by presence.
      type: type || undefined,
      size: size || undefined,
      plain: plain || undefined,
      loading: loading || undefined,
      disabled: disabled || undefined,
      onClick: (event: MouseEvent) => {
        if (disabled) event.stopPropagation()
        else onClick?.(event)
      },
      onTouchStart: (event: TouchEvent) => {
        if (!disabled) pressed.start()
        onTouchStart?.(event)
      },
      onTouchEnd: (event: TouchEvent) => {
        if (!disabled) pressed.end()
        onTouchEnd?.(event)
      },
      children: (
        <>
          {loading ? <i className='weui-loading' /> : null}
          {children}
        </>
      )
    },
    ref,
    pressed.on && !disabled ? hoverClass : undefined
  )
})
