// A place's editor: name, type, street, address, hours, facilities, phone, open or 暂停开放 with a
// note, and its point. In WeChat the point comes from WeChat's own map picker (chooseLocation); on
// H5 it is typed and checked to lie in Futian before the server checks it again.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { FUTIAN_BOUNDS, type PlaceBody } from '@contracts/content-admin/words'
import { PLACE_TYPES, STREETS } from '@contracts/services/catalog'
import { Chip, ChipGroup } from '@/components/chip'
import { FormField } from '@/components/form-field'
import { LinesField, TextField } from './fields'
import type { KindFormProps } from './kind-form'

const PICKS_ON_MAP = process.env.TARO_ENV === 'weapp'

/** Why a typed point is refused, or ''. */
export function pointProblem(b: Pick<PlaceBody, 'latitude' | 'longitude'>): string {
  if (!Number.isFinite(b.latitude) || !Number.isFinite(b.longitude)) return '请填写纬度和经度'
  const { minLat, maxLat, minLng, maxLng } = FUTIAN_BOUNDS
  if (b.latitude < minLat || b.latitude > maxLat || b.longitude < minLng || b.longitude > maxLng) return `位置不在福田区内（纬度 ${minLat}–${maxLat}，经度 ${minLng}–${maxLng}），请重新选点`
  return ''
}

export const EMPTY_PLACE: PlaceBody = { name: '', type: 'warm-bee-station', street: '福田', address: '', hours: '', offers: [], latitude: Number.NaN, longitude: Number.NaN }

export function PlaceForm({ body, onChange, errors, disabled }: KindFormProps<PlaceBody>) {
  const set = (patch: Partial<PlaceBody>) => onChange({ ...body, ...patch })
  const closed = body.closedNote !== undefined
  const where = Number.isFinite(body.latitude) && Number.isFinite(body.longitude) ? `纬度 ${body.latitude.toFixed(5)}，经度 ${body.longitude.toFixed(5)}` : '尚未选点'

  async function pickOnMap() {
    try {
      const at = await Taro.chooseLocation({ ...(Number.isFinite(body.latitude) ? { latitude: body.latitude, longitude: body.longitude } : {}) })
      set({ latitude: at.latitude, longitude: at.longitude, ...(body.address ? {} : { address: at.address }) })
    } catch {
      // Closing WeChat's picker without choosing keeps the point as it was.
    }
  }

  return (
    <View data-testid='place-form'>
      <TextField id='place-name' label='名称' value={body.name} max={60} disabled={disabled} error={errors['body.name']} onChange={(name) => set({ name })} />
      <FormField id='place-type' label='类型' error={errors['body.type']}>
        <ChipGroup label='类型'>
          {PLACE_TYPES.map((t) => (
            <Chip key={t.id} label={t.name} checked={body.type === t.id} onToggle={() => !disabled && set({ type: t.id })} testId={`place-type-${t.id}`} />
          ))}
        </ChipGroup>
      </FormField>
      <FormField id='place-street' label='街道' error={errors['body.street']}>
        <ChipGroup label='街道'>
          {STREETS.map((s) => (
            <Chip key={s} label={s} checked={body.street === s} onToggle={() => !disabled && set({ street: s })} testId={`place-street-${s}`} />
          ))}
        </ChipGroup>
      </FormField>
      <TextField id='place-address' label='地址' value={body.address} max={120} disabled={disabled} error={errors['body.address']} onChange={(address) => set({ address })} />
      <TextField id='place-hours' label='开放时间' hint='如：周一至周五 9:00–18:00' value={body.hours} max={60} disabled={disabled} error={errors['body.hours']} onChange={(hours) => set({ hours })} />
      <LinesField id='place-offers' label='设施与服务' hint='每行一项，如：饮水、热饭、充电' value={body.offers} disabled={disabled} error={errors['body.offers'] ?? Object.entries(errors).find(([k]) => k.startsWith('body.offers.'))?.[1]} onChange={(offers) => set({ offers })} />
      <TextField
        id='place-phone'
        label='电话（选填）'
        hint='手机 11 位，座机带区号如 0755-12345678，或 5 位热线'
        value={body.phone ?? ''}
        max={20}
        disabled={disabled}
        error={errors['body.phone']}
        onChange={(v) => set({ phone: v.trim() ? v.trim() : undefined })}
      />
      <FormField id='place-open' label='开放状态' error={closed && !body.closedNote?.trim() ? '请写明暂停开放的原因和恢复时间' : errors['body.closedNote']}>
        <ChipGroup label='开放状态'>
          <Chip label='正常开放' checked={!closed} onToggle={() => !disabled && set({ closedNote: undefined })} testId='place-open' />
          <Chip label='暂停开放' checked={closed} onToggle={() => !disabled && set({ closedNote: body.closedNote ?? '' })} testId='place-closed' />
        </ChipGroup>
      </FormField>
      {closed ? (
        <TextField id='place-closed-note' label='暂停开放说明' hint='读者会在找阵地里看到，如：装修中，暂停开放至 8 月' value={body.closedNote ?? ''} max={100} disabled={disabled} onChange={(closedNote) => set({ closedNote })} />
      ) : null}
      <FormField id='place-point' label='地图位置' hint={PICKS_ON_MAP ? '在地图上选点，须在福田区内' : '填写纬度和经度（可在地图网站上查到），须在福田区内'} error={errors['body.latitude'] ?? errors['body.longitude'] ?? (PICKS_ON_MAP ? '' : Number.isNaN(body.latitude) && Number.isNaN(body.longitude) ? '' : pointProblem(body))}>
        {PICKS_ON_MAP ? (
          <View className='ui-control sf-button' role='button' tabIndex={0} data-testid='place-pick' onClick={() => !disabled && void pickOnMap()}>
            <Text>在地图上选点</Text>
          </View>
        ) : (
          <TypedPoint body={body} disabled={disabled} onChange={(latitude, longitude) => set({ latitude, longitude })} />
        )}
        <Text className='sf-meta' data-testid='place-where'>{where}</Text>
      </FormField>
    </View>
  )
}

/** Latitude and longitude as typed: kept as text while typing ("22." is on its way to a number). */
function TypedPoint({ body, disabled, onChange }: { body: PlaceBody; disabled?: boolean; onChange: (latitude: number, longitude: number) => void }) {
  const shown = (n: number) => (Number.isFinite(n) ? String(n) : '')
  const [lat, setLat] = useState(shown(body.latitude))
  const [lng, setLng] = useState(shown(body.longitude))
  const num = (v: string) => (v.trim() === '' ? Number.NaN : Number(v))
  return (
    <View className='ca-point'>
      <TextField id='place-lat' label='纬度' hint='如 22.54' value={lat} max={12} disabled={disabled} onChange={(v) => { setLat(v); onChange(num(v), num(lng)) }} />
      <TextField id='place-lng' label='经度' hint='如 114.05' value={lng} max={12} disabled={disabled} onChange={(v) => { setLng(v); onChange(num(lat), num(v)) }} />
    </View>
  )
}
