// listFaqs over the local CloudBase: the 常见问题 in groups and order, and filtered by a word.
import { demoFaqs, seedServicesContent } from '../../../database/seed/services/seed-services'
import { startTestCloudbase, type TestCloudbase } from '../../helpers/local-cloudbase'
import { data } from './content-kit'
import { callServices } from './services-kit'

let cb: TestCloudbase
beforeAll(async () => {
  cb = await startTestCloudbase()
  await seedServicesContent(cb.sdk)
})
afterAll(() => cb.stop())

const faqs = (input: Record<string, unknown> = {}) => callServices(cb, 'listFaqs', input)

test('every question, in its group, groups and questions in order', async () => {
  const { groups } = data(await faqs())
  expect(groups.map((g) => g.group)).toEqual(['圆梦计划', '服务阵地', '帮扶救助', '法律援助', '会员与入会'])
  const demo = demoFaqs()
  expect(groups.flatMap((g) => g.items.map((i) => i.id))).toEqual(demo.map((f) => f._id))
  expect(groups[0].items[0]).toEqual({ id: 'faq-dream-plan-amount', question: '圆梦计划补贴多少钱？', answer: demo[0].answer, sample: false })
  expect(groups.flatMap((g) => g.items).filter((i) => i.sample).length).toBeGreaterThan(0)
})

test('a word keeps only the questions whose question or answer holds it, and drops empty groups', async () => {
  const { groups } = data(await faqs({ q: '材料' }))
  const items = groups.flatMap((g) => g.items)
  expect(items.length).toBeGreaterThan(1)
  for (const i of items) expect(i.question + i.answer).toContain('材料')
  expect(groups.every((g) => g.items.length > 0)).toBe(true)
  // 材料 is asked about under 圆梦计划, 帮扶救助 and 法律援助, never under 会员与入会.
  expect(groups.map((g) => g.group)).toEqual(['圆梦计划', '帮扶救助', '法律援助'])
})

test('matching ignores case, width and surrounding spaces', async () => {
  const { groups } = data(await faqs({ q: '  ２５００  ' }))
  expect(groups.flatMap((g) => g.items.map((i) => i.id))).toEqual(['faq-dream-plan-amount'])
})

test('a word nowhere in the FAQ is no groups; an empty word is all of them', async () => {
  expect(data(await faqs({ q: '火星' }))).toEqual({ groups: [] })
  expect(data(await faqs({ q: '   ' })).groups.flatMap((g) => g.items)).toHaveLength(demoFaqs().length)
})

test('a question given another group’s order number still stands with its own group', async () => {
  await cb.sdk.database().collection('faqs').doc('faq-late-station').set({ group: '服务阵地', groupOrder: 0, order: 1, question: '暖蜂驿站晚上几点关门？', answer: '请在“找阵地”里查看。', sample: false })
  try {
    const { groups } = data(await faqs())
    expect(groups.map((g) => g.group)).toEqual(['圆梦计划', '服务阵地', '帮扶救助', '法律援助', '会员与入会'])
    const stations = groups.find((g) => g.group === '服务阵地')!.items.map((i) => i.id)
    // Within the group, the question keeps its place by (group order, order): first here.
    expect(stations[0]).toBe('faq-late-station')
    expect(stations).toHaveLength(demoFaqs().filter((f) => f.group === '服务阵地').length + 1)
  } finally {
    await cb.sdk.database().collection('faqs').doc('faq-late-station').remove()
  }
})
