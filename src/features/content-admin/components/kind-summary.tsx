// A place, policy, service page or FAQ as its fields read, for the publisher's review and beside
// the editor on wide windows. Every value is shown as text.
import { Text, View } from '@tarojs/components'
import type { AnyBody, ContentKind, FaqBody, PlaceBody, PolicyBody, ServiceBody } from '@contracts/content-admin/words'
import { PLACE_TYPES } from '@contracts/services/catalog'
import { ListRow } from '@/components/list-row'
import { Section } from '@/components/section'
import { formatDate } from '@/lib/dates'

const lines = (v: string[]) => (v.length ? v.join('、') : undefined)

function PlaceRows({ b }: { b: PlaceBody }) {
  return (
    <>
      <ListRow label='名称' value={b.name} testId='summary-name' />
      <ListRow label='类型' value={PLACE_TYPES.find((t) => t.id === b.type)?.name ?? b.type} />
      <ListRow label='街道' value={b.street} />
      <ListRow label='地址' value={b.address} />
      <ListRow label='开放时间' value={b.hours} testId='summary-hours' />
      <ListRow label='设施' value={lines(b.offers)} />
      <ListRow label='电话' value={b.phone} />
      <ListRow label='状态' value={b.closedNote !== undefined ? `暂停开放：${b.closedNote}` : '正常开放'} testId='summary-open' />
      <ListRow label='位置' value={Number.isFinite(b.latitude) ? `纬度 ${b.latitude}，经度 ${b.longitude}` : '尚未选点'} />
    </>
  )
}

function PolicyRows({ b }: { b: PolicyBody }) {
  return (
    <>
      <ListRow label='年度' value={String(b.year)} />
      <ListRow label='标题' value={b.title} />
      <ListRow label='补贴金额' value={`${b.amount} 元/人`} testId='summary-amount' />
      <ListRow label='学历层次' value={lines(b.levels)} />
      <ListRow label='申请时间' value={`${formatDate(b.opensAt)} 至 ${formatDate(new Date(Date.parse(b.closesAt) - 1).toISOString())}`} testId='summary-window' />
      <ListRow label='全年预算' value={`${b.budget} 元`} />
      <ListRow label='公示天数' value={`${b.publicityDays} 天`} />
      {(b.documents ?? []).map((d) => (
        <ListRow key={d.kind} label='所需材料' value={`${d.name}：${d.description}`} />
      ))}
    </>
  )
}

function ServiceRows({ b }: { b: ServiceBody }) {
  return (
    <>
      <ListRow label='名称' value={b.name} testId='summary-name' />
      <ListRow label='一句话介绍' value={b.tagline} />
      <ListRow label='顺序' value={String(b.order)} />
      <ListRow label='是什么' value={b.about} />
      <ListRow label='谁可以用' value={b.eligibility} />
      <ListRow label='怎么办理' value={lines(b.steps)} />
      <ListRow label='所需材料' value={lines(b.documents)} />
      <ListRow label='联系方式' value={lines(b.contacts.map((c) => `${c.label} ${c.phone}`))} />
    </>
  )
}

function FaqRows({ b }: { b: FaqBody }) {
  return (
    <>
      <ListRow label='问题' value={b.question} testId='summary-name' />
      <ListRow label='回答' value={b.answer} />
      <ListRow label='分组' value={`${b.group}（第 ${b.groupOrder} 组，第 ${b.order} 条）`} />
    </>
  )
}

export function KindSummary({ kind, body, title = '读者将看到' }: { kind: Exclude<ContentKind, 'article'>; body: AnyBody; title?: string }) {
  return (
    <Section title={title} testId='kind-summary'>
      <View className='ca-summary'>
        {kind === 'place' ? <PlaceRows b={body as PlaceBody} /> : null}
        {kind === 'policy' ? <PolicyRows b={body as PolicyBody} /> : null}
        {kind === 'service' ? <ServiceRows b={body as ServiceBody} /> : null}
        {kind === 'faq' ? <FaqRows b={body as FaqBody} /> : null}
        {!body ? <Text className='sf-meta'>暂无内容</Text> : null}
      </View>
    </Section>
  )
}
