// The finder's filters: place type (全部 + five kinds, wrapping) and street (全部 + Futian's ten, a row
// that scrolls sideways). Each group is a radio group; the chosen chip is filled and bold, not only red.
import { ScrollView, Text, View } from '@tarojs/components'
import { Tappable } from '@/components/tappable'
import { PLACE_TYPES, STREETS, type PlaceType, type Street } from '@contracts/services/catalog'
import './place-filters.css'

interface PlaceFiltersProps {
  type: PlaceType | ''
  street: Street | ''
  onType: (type: PlaceType | '') => void
  onStreet: (street: Street | '') => void
}

interface ChipProps {
  label: string
  checked: boolean
  testId: string
  value: string
  onPick: () => void
}

function Chip({ label, checked, testId, value, onPick }: ChipProps) {
  return (
    <Tappable
      className={`ui-control filter-chip${checked ? ' filter-chip--checked' : ''}`}
      role='radio'
      aria-checked={checked ? 'true' : 'false'}
      data-testid={testId}
      data-value={value}
      onClick={() => {
        if (!checked) onPick()
      }}
    >
      <Text>{label}</Text>
    </Tappable>
  )
}

const TYPE_OPTIONS: { value: PlaceType | ''; label: string }[] = [
  { value: '', label: '全部' },
  ...PLACE_TYPES.map((t) => ({ value: t.id as PlaceType, label: t.name as string }))
]

const STREET_OPTIONS: { value: Street | ''; label: string }[] = [
  { value: '', label: '全部街道' },
  ...STREETS.map((s) => ({ value: s as Street, label: `${s}街道` }))
]

/** Type and street filters; the page re-queries when either changes. */
export function PlaceFilters({ type, street, onType, onStreet }: PlaceFiltersProps) {
  return (
    <View className='place-filters'>
      <View className='place-filters__group'>
        <Text className='place-filters__label ui-text ui-text--meta-strong ui-tone--secondary'>类型</Text>
        <View className='place-filters__chips' role='radiogroup' aria-label='阵地类型'>
          {TYPE_OPTIONS.map((option) => (
            <Chip
              key={option.value || 'all'}
              label={option.label}
              value={option.value}
              checked={type === option.value}
              testId='type-chip'
              onPick={() => onType(option.value)}
            />
          ))}
        </View>
      </View>
      <View className='place-filters__group'>
        <Text className='place-filters__label ui-text ui-text--meta-strong ui-tone--secondary'>街道</Text>
        <ScrollView className='place-filters__scroll' scrollX enableFlex showScrollbar={false}>
          <View className='place-filters__row' role='radiogroup' aria-label='街道'>
            {STREET_OPTIONS.map((option) => (
              <Chip
                key={option.value || 'all'}
                label={option.label}
                value={option.value}
                checked={street === option.value}
                testId='street-chip'
                onPick={() => onStreet(option.value)}
              />
            ))}
          </View>
        </ScrollView>
      </View>
    </View>
  )
}
