// Tap to call: WeChat's call sheet in the mini-program; on H5 a real tel: link, which phones dial
// and screen readers announce as a link.
import Taro from '@tarojs/taro'
import { Button, Text } from '@tarojs/components'
import './phone-button.css'

interface PhoneButtonProps {
  phone: string
  /** Who answers, read out with the number (e.g. 福田区总工会). */
  label: string
  /** Visible text; defaults to 拨打. */
  text?: string
  testId?: string
}

/** The number as dialled: digits, and a leading + if any (0755-8391 0000 → 075583910000). */
export function dialable(phone: string): string {
  const trimmed = phone.trim()
  return (trimmed.startsWith('+') ? '+' : '') + trimmed.replace(/[^\d]/g, '')
}

/** A call button at least 48 px tall (60 in 关怀模式). */
export function PhoneButton({ phone, label, text = '拨打', testId = 'phone-button' }: PhoneButtonProps) {
  const number = dialable(phone)
  const spoken = `拨打${label}电话 ${phone}`
  if (process.env.TARO_ENV === 'h5') {
    return (
      <a className='ui-control ui-button ui-button--primary phone-button' href={`tel:${number}`} aria-label={spoken} data-testid={testId}>
        {text}
      </a>
    )
  }
  return (
    <Button
      className='ui-control ui-button ui-button--primary phone-button'
      aria-label={spoken}
      data-testid={testId}
      onClick={() => {
        // A cancelled call sheet rejects; there is nothing to tell the user.
        Taro.makePhoneCall({ phoneNumber: number }).catch(() => undefined)
      }}
    >
      <Text>{text}</Text>
    </Button>
  )
}
