// Chips: a Tag states something (a status, in words on a tone that repeats them); a Chip is a
// toggle (checkbox or radio) whose state is in words and a tick as well as colour.
import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { Tappable } from '@/components/tappable'
import './index.css'

/** The tones a tag can take; each is text on its own soft background, ≥ 4.5:1. */
export type Tone = 'info' | 'progress' | 'success' | 'publicity' | 'warning' | 'danger' | 'muted'

interface TagProps {
  tone: Tone
  large?: boolean
  testId?: string
  status?: string
  children: ReactNode
}

export function Tag({ tone, large = false, testId, status, children }: TagProps) {
  return (
    <Text className={`ui-tag ui-tag--${tone}${large ? ' ui-tag--large' : ''}`} data-testid={testId} data-status={status}>
      {children}
    </Text>
  )
}

interface ChipProps {
  label: string
  checked: boolean
  onToggle: () => void
  /** A checkbox among others (several may be on) rather than a radio. */
  multi?: boolean
  testId?: string
}

export function Chip({ label, checked, onToggle, multi = false, testId }: ChipProps) {
  return (
    <Tappable
      className={`ui-control ui-chip${checked ? ' ui-chip--checked' : ''}`}
      role={multi ? 'checkbox' : 'radio'}
      aria-checked={checked ? 'true' : 'false'}
      data-testid={testId}
      onClick={onToggle}
    >
      {checked ? <Text className='ui-chip__tick' aria-hidden='true'>✓</Text> : null}
      <Text>{label}</Text>
    </Tappable>
  )
}

/** A wrapping row of chips: a radiogroup when its chips are one choice (`radio`). */
export function ChipGroup({ label, radio = false, children }: { label?: string; radio?: boolean; children: ReactNode }) {
  return (
    <View className='ui-chips' role={radio ? 'radiogroup' : 'group'} aria-label={label}>
      {children}
    </View>
  )
}
