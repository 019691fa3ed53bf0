// The 圆梦计划 policy of a year: amount, window, levels, materials, budget and 公示 days. Once the
// year's first application is in, the server refuses a changed amount or levels (409, said in the
// editor's banner); the window can always be extended, so 截止日期 has a one-tap 延后一个月.
import { Text, View } from '@tarojs/components'
import type { PolicyBody } from '@contracts/content-admin/words'
import { EDUCATION_LEVELS } from '@contracts/dream-plan/policy'
import { Chip, ChipGroup } from '@/components/chip'
import { FormField } from '@/components/form-field'
import { AreaField, DayField, NumberField, TextField } from './fields'
import type { KindFormProps } from './kind-form'

const DAY_MS = 86_400_000
const SHANGHAI_MS = 8 * 3_600_000
/** An instant's day in Shenzhen (YYYY-MM-DD). */
const dayOf = (iso: string) => (iso ? new Date(Date.parse(iso) + SHANGHAI_MS).toISOString().slice(0, 10) : '')
/** Midnight starting `day` in Shenzhen, as an ISO instant. */
const startOf = (day: string) => new Date(`${day}T00:00:00+08:00`).toISOString()
/** The window closes at the start of `closesAt`, so its last day is the day before. */
const lastDayOf = (closesAt: string) => (closesAt ? dayOf(new Date(Date.parse(closesAt) - 1).toISOString()) : '')
const closesAfter = (lastDay: string) => new Date(Date.parse(startOf(lastDay)) + DAY_MS).toISOString()

/** The same window a month later (the last day moves to the same date next month). */
export function extendedByMonth(closesAt: string): string {
  const [y, m, d] = lastDayOf(closesAt).split('-').map(Number)
  const next = new Date(Date.UTC(y, m, Math.min(d, new Date(Date.UTC(y, m + 1, 0)).getUTCDate())))
  return closesAfter(next.toISOString().slice(0, 10))
}

/** A new year's policy: the latest one moved on a year (the materials and numbers kept). */
export function nextYearPolicy(latest: PolicyBody | null): PolicyBody {
  const year = latest ? latest.year + 1 : new Date().getFullYear() + 1
  const shift = (iso: string) => startOf(`${year + (Number(dayOf(iso).slice(0, 4)) - (latest?.year ?? year))}${dayOf(iso).slice(4)}`)
  if (!latest) return { year, title: `${year}年度福田区总工会圆梦计划（学历提升补贴）`, amount: 2500, levels: [...EDUCATION_LEVELS], opensAt: startOf(`${year}-09-01`), closesAt: startOf(`${year + 1}-07-01`), budget: 0, publicityDays: 5 }
  return { ...latest, year, title: latest.title.replace(String(latest.year), String(year)), opensAt: shift(latest.opensAt), closesAt: shift(latest.closesAt) }
}

export function PolicyForm({ body, onChange, errors, disabled, isNew }: KindFormProps<PolicyBody>) {
  const set = (patch: Partial<PolicyBody>) => onChange({ ...body, ...patch })
  const toggleLevel = (level: string) => set({ levels: body.levels.includes(level) ? body.levels.filter((l) => l !== level) : EDUCATION_LEVELS.filter((l) => l === level || body.levels.includes(l)) })
  const docs = body.documents ?? []
  const setDoc = (i: number, patch: { name?: string; description?: string }) => set({ documents: docs.map((d, j) => (j === i ? { ...d, ...patch } : d)) })
  return (
    <View data-testid='policy-form'>
      {isNew ? <NumberField id='policy-year' label='年度' value={body.year} disabled={disabled} error={errors['body.year']} onChange={(year) => set({ year })} /> : null}
      <TextField id='policy-title' label='标题' value={body.title} max={64} disabled={disabled} error={errors['body.title']} onChange={(title) => set({ title })} />
      <NumberField id='policy-amount' label='补贴金额（元/人）' hint='有人提交申请后不能再修改' value={body.amount} disabled={disabled} error={errors['body.amount']} onChange={(amount) => set({ amount })} />
      <FormField id='policy-levels' label='学历层次' hint='有人提交申请后不能再修改' error={errors['body.levels']}>
        <ChipGroup label='学历层次'>
          {EDUCATION_LEVELS.map((l) => (
            <Chip key={l} label={l} multi checked={body.levels.includes(l)} onToggle={() => !disabled && toggleLevel(l)} testId={`policy-level-${l}`} />
          ))}
        </ChipGroup>
      </FormField>
      <DayField id='policy-opens' label='申请开始日期' value={dayOf(body.opensAt)} disabled={disabled} error={errors['body.opensAt']} onChange={(day) => set({ opensAt: startOf(day) })} />
      <DayField id='policy-closes' label='申请截止日期（当天可申请）' hint='申请时间随时可以延长' value={lastDayOf(body.closesAt)} disabled={disabled} error={errors['body.closesAt']} onChange={(day) => set({ closesAt: closesAfter(day) })} />
      {!disabled ? (
        <View className='ui-control sf-button ca-inline-button' role='button' tabIndex={0} data-testid='policy-extend' onClick={() => set({ closesAt: extendedByMonth(body.closesAt) })}>
          <Text>截止日期延后一个月</Text>
        </View>
      ) : null}
      <NumberField id='policy-budget' label='全年预算（元）' value={body.budget} disabled={disabled} error={errors['body.budget']} onChange={(budget) => set({ budget })} />
      <NumberField id='policy-publicity' label='公示天数' hint='通过名单公示多少天后发放' value={body.publicityDays} disabled={disabled} error={errors['body.publicityDays']} onChange={(publicityDays) => set({ publicityDays })} />
      {docs.map((d, i) => (
        <View key={d.kind} className='ca-doc' data-testid={`policy-doc-${d.kind}`}>
          <TextField id={`policy-doc-${i}-name`} label={`所需材料 ${i + 1}：名称`} value={d.name} max={30} disabled={disabled} error={errors[`body.documents.${i}.name`]} onChange={(name) => setDoc(i, { name })} />
          <AreaField id={`policy-doc-${i}-description`} label={`所需材料 ${i + 1}：说明`} value={d.description} max={200} disabled={disabled} error={errors[`body.documents.${i}.description`]} onChange={(description) => setDoc(i, { description })} />
        </View>
      ))}
    </View>
  )
}
