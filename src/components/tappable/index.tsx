// Something to tap that is not a native button: a row, a card, a link. It is focusable, says what it
// is to a screen reader (a link unless told otherwise), and shows its pressed look while touched:
// `<its class>--pressed`, from its first own class (the kit's utility classes skipped).
import type { ComponentProps } from 'react'
import { View } from '@tarojs/components'

type TappableProps = Omit<ComponentProps<typeof View>, 'hoverClass' | 'tabIndex' | 'className'> & {
  className: string
  role?: 'link' | 'button' | 'checkbox' | 'radio' | 'switch' | 'option' | 'tab'
  /** Another pressed look than `<first class>--pressed`. */
  pressedClass?: string
}

const UTILITY = /^(ui-control|ui-text|ui-tone|card)/

export function pressedClassOf(className: string): string {
  const own = className.split(/\s+/).find((name) => name && !UTILITY.test(name))
  return `${own ?? className.trim()}--pressed`
}

export function Tappable({ className, role = 'link', pressedClass, children, ...rest }: TappableProps) {
  return (
    <View {...rest} className={className} hoverClass={pressedClass ?? pressedClassOf(className)} role={role} tabIndex={0}>
      {children}
    </View>
  )
}
