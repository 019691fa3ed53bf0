// The reading settings controls, shared by the article page and 我的: 字号, 视力保护色 and the
// 关怀模式 switch. They change the one settings store (src/lib/reading-settings.ts).
import { Text, View } from '@tarojs/components'
import { Tappable } from '@/components/tappable'
import { EYE_CARE_OPTIONS, FONT_SIZE_OPTIONS } from '@/lib/reading-settings'
import { useReadingSettings } from '@/lib/use-reading-settings'
import './index.css'

/** The 关怀模式 (长辈模式) switch: a large labelled toggle that says whether it is on in words. */
export function CareModeSwitch({ compact = false }: { compact?: boolean }) {
  const { settings, update } = useReadingSettings()
  const on = settings.care
  return (
    <Tappable
      className={`care-switch ui-flex-row${compact ? ' care-switch--compact' : ''}${on ? ' care-switch--on' : ''}`}
      role='switch'
      aria-checked={on ? 'true' : 'false'}
      aria-label='关怀模式（长辈模式）：字更大，按钮更大'
      data-testid='care-switch'
      onClick={() => update({ care: !on })}
    >
      <Text className='care-switch__label'>{compact ? '关怀模式' : '关怀模式（长辈模式）'}</Text>
      <View className='care-switch__track'>
        <View className='care-switch__knob' />
      </View>
      <Text className='care-switch__state'>{on ? '已开启' : '已关闭'}</Text>
    </Tappable>
  )
}

/** 关怀模式 (unless the page shows its own switch), 字号 and 视力保护色 in one panel. */
export function ReadingSettingsPanel({ withCareSwitch = true }: { withCareSwitch?: boolean }) {
  const { settings, update } = useReadingSettings()
  return (
    <View className='reading-settings' data-testid='reading-settings'>
      {withCareSwitch ? (
        <View className='reading-settings__row reading-settings__row--stacked'>
          <CareModeSwitch />
          <Text className='reading-settings__hint ui-text ui-text--note ui-tone--secondary'>开启后字更大、行距更宽、按钮更大，并跟随微信的字体大小设置。</Text>
        </View>
      ) : null}
      <View className='reading-settings__row'>
        <Text className='reading-settings__label'>字号</Text>
        <View className='reading-settings__options' role='radiogroup' aria-label='字号'>
          {FONT_SIZE_OPTIONS.map((option) => {
            const checked = settings.fontSize === option.key
            return (
              <View
                key={option.key}
                className={`ui-control reading-settings__option reading-settings__option--size-${option.key}${checked ? ' reading-settings__option--checked' : ''}`}
                role='radio' tabIndex={0}
                aria-checked={checked ? 'true' : 'false'}
                aria-label={`字号${option.label}`}
                data-testid={`font-size-${option.key}`}
                onClick={() => update({ fontSize: option.key })}
              >
                <Text>{option.label}</Text>
              </View>
            )
          })}
        </View>
      </View>

      <View className='reading-settings__row reading-settings__row--stacked'>
        <Text className='reading-settings__label'>视力保护色</Text>
        <View className='reading-settings__swatches' role='radiogroup' aria-label='视力保护色'>
          {EYE_CARE_OPTIONS.map((option) => {
            const checked = settings.eyeCare === option.key
            return (
              <View
                key={option.key}
                className={`reading-settings__swatch${checked ? ' reading-settings__swatch--checked' : ''}`}
                role='radio' tabIndex={0}
                aria-checked={checked ? 'true' : 'false'}
                aria-label={option.label}
                data-testid={`eye-care-${option.key}`}
                onClick={() => update({ eyeCare: option.key })}
              >
                <View className='ui-badge reading-settings__chip' style={{ backgroundColor: option.color }}>
                  {checked ? <Text className='reading-settings__tick'>✓</Text> : null}
                </View>
                <Text className='reading-settings__swatch-label ui-text ui-text--meta-tight ui-tone--default'>{option.label}</Text>
              </View>
            )
          })}
        </View>
      </View>
    </View>
  )
}
