// H5 only, local demo: 切换演示身份. Lists the demo personas (contracts/staff/demo-personas.ts) with
// the current one marked; choosing one stores its openid (src/lib/persona.ts) and reloads, so every
// call from then on carries the new X-WX-OPENID. The mini-program never shows it: WeChat gives the
// real openid there (callers render it only when process.env.TARO_ENV === 'h5').
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Tappable } from '@/components/tappable'
import { DEMO_PERSONAS } from '@contracts/staff/demo-personas'
import { getPersonaOpenid, setPersonaOpenid } from '@/lib/persona'
import './index.css'

export function PersonaSwitcher() {
  const [open, setOpen] = useState(false)
  if (process.env.TARO_ENV !== 'h5') return null
  const current = getPersonaOpenid()
  const currentLabel = DEMO_PERSONAS.find((p) => p.openid === current)?.label ?? current

  const choose = (openid: string) => {
    if (openid === current) {
      setOpen(false)
      return
    }
    setPersonaOpenid(openid)
    window.location.reload()
  }

  return (
    <View className='persona-switcher' data-testid='persona-switcher'>
      <Text className='persona-switcher__current ui-text ui-text--text ui-tone--default' data-testid='persona-current'>{`当前演示身份：${currentLabel}`}</Text>
      <Tappable
        className='ui-control persona-switcher__toggle'
        role='button'
        aria-expanded={open ? 'true' : 'false'}
        data-testid='persona-switch'
        onClick={() => setOpen(!open)}
      >
        <Text>{open ? '收起' : '切换演示身份'}</Text>
      </Tappable>
      {open ? (
        <View className='persona-switcher__list' role='radiogroup' aria-label='演示身份'>
          {DEMO_PERSONAS.map((p) => {
            const checked = p.openid === current
            return (
              <Tappable
                key={p.openid}
                className={`persona-switcher__option${checked ? ' persona-switcher__option--checked' : ''}`}
                role='radio'
                aria-checked={checked ? 'true' : 'false'}
                data-testid={`persona-${p.openid}`}
                onClick={() => choose(p.openid)}
              >
                <Text className='persona-switcher__label'>{p.label}</Text>
                {checked ? <Text className='persona-switcher__mark'>当前</Text> : null}
              </Tappable>
            )
          })}
          <Text className='persona-switcher__hint ui-text ui-text--meta ui-tone--secondary'>仅本地演示可用：切换后页面会重新加载，以所选身份访问。</Text>
        </View>
      ) : null}
    </View>
  )
}
