// Plain charts drawn with Views (no chart library: the subpackage stays small). Every bar has its
// number beside it as text, so the figures read the same to a screen reader; the bars themselves
// are decoration (aria-hidden).
import { Text, View } from '@tarojs/components'
import './charts.css'

export interface Bar {
  label: string
  value: number
  /** A second figure in words, e.g. 已发放 2. */
  note?: string
}

/** Horizontal bars, one row each: label, bar, number. */
export function BarList({ bars, unit = '件', testId }: { bars: Bar[]; unit?: string; testId: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value))
  return (
    <View className='sf-bars' role='list' data-testid={testId}>
      {bars.map((bar) => (
        <View key={bar.label} className='sf-bars__item' role='listitem' aria-label={`${bar.label}：${bar.value} ${unit}${bar.note ? `，${bar.note}` : ''}`}>
          <View className='sf-bars__row'>
            <Text className='sf-bars__label'>{bar.label}</Text>
            <View className='sf-bars__track' aria-hidden='true'>
              <View className={`sf-bars__fill${bar.value === 0 ? ' sf-bars__fill--zero' : ''}`} style={{ width: `${(bar.value / max) * 100}%` }} />
            </View>
            <Text className='sf-bars__value' data-testid='bar-value'>{`${bar.value} ${unit}`}</Text>
          </View>
          {bar.note ? <Text className='sf-bars__note ui-text ui-text--meta-tight ui-tone--secondary'>{bar.note}</Text> : null}
        </View>
      ))}
    </View>
  )
}

export interface Column {
  label: string
  value: number
  second: number
}

/** Columns by month: the main figure as a column, both figures as text under it. */
export function ColumnChart({ columns, firstName, secondName, testId }: { columns: Column[]; firstName: string; secondName: string; testId: string }) {
  const max = Math.max(1, ...columns.map((c) => Math.max(c.value, c.second)))
  return (
    <View className='sf-columns' data-testid={testId}>
      <View className='sf-columns__legend' aria-hidden='true'>
        <View className='sf-columns__key sf-columns__key--first' />
        <Text className='sf-columns__legend-text'>{firstName}</Text>
        <View className='sf-columns__key sf-columns__key--second' />
        <Text className='sf-columns__legend-text'>{secondName}</Text>
      </View>
      <View className='sf-columns__plot' role='list'>
        {columns.map((c) => (
          <View key={c.label} className='sf-columns__col' role='listitem' aria-label={`${c.label}：${firstName} ${c.value} 件，${secondName} ${c.second} 件`}>
            <View className='sf-columns__bars' aria-hidden='true'>
              <View className='sf-columns__bar sf-columns__bar--first' style={{ height: `${(c.value / max) * 100}%` }} />
              <View className='sf-columns__bar sf-columns__bar--second' style={{ height: `${(c.second / max) * 100}%` }} />
            </View>
            <Text className='sf-columns__value' aria-hidden='true'>{`${c.value}/${c.second}`}</Text>
            <Text className='sf-columns__label' aria-hidden='true'>{c.label}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}

/** A progress bar with its figures in words. */
export function ProgressBar({ value, total, label, testId }: { value: number; total: number; label: string; testId: string }) {
  const pct = total > 0 ? Math.min(100, Math.round((value / total) * 1000) / 10) : 0
  return (
    <View className='sf-progress' data-testid={testId}>
      <View
        className='sf-progress__track'
        role='progressbar'
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-valuetext={`${pct}%`}
      >
        <View className='sf-progress__fill' style={{ width: `${pct}%` }} />
      </View>
      <Text className='sf-progress__pct ui-text ui-text--meta-strong ui-tone--default'>{`已使用 ${pct}%`}</Text>
    </View>
  )
}
