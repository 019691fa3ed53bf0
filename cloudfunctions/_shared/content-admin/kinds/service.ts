// Service pages and FAQs: the fields they have today; a service keeps what staff do not edit here
// (its place type, news keywords and sources).
import { randomBytes } from 'node:crypto'
import { faqBody, serviceBody } from '../../../../contracts/content-admin/schemas'
import type { FaqBody, ServiceBody } from '../../../../contracts/content-admin/words'
import type { FaqDoc, ServiceDoc } from '../../../../contracts/services/documents'
import { database } from '../../cloudbase'
import type { KindAdapter } from './kind'

const services = () => database().collection('services')
const faqs = () => database().collection('faqs')

export const serviceKind: KindAdapter = {
  schema: serviceBody,
  title: (body) => (body as ServiceBody).name,
  newId: (body) => (body as ServiceBody).serviceId,
  putLive: async (item, raw) => {
    // The id is the item's; the rest are the page's fields.
    const { serviceId: _id, ...fields } = raw as ServiceBody
    const existing = (await services().where({ _id: item._id }).limit(1).get()).data[0] as ServiceDoc | undefined
    if (existing) await services().doc(item._id).update({ ...fields, sample: false })
    else await services().doc(item._id).set({ ...fields, newsKeywords: [], sources: [], sample: false })
  },
  removeLive: async (item) => {
    await services().doc(item._id).remove()
    return {}
  },
  readLive: async (id) => {
    const d = (await services().where({ _id: id }).limit(1).get()).data[0] as ServiceDoc | undefined
    if (!d) return null
    const body: ServiceBody = { serviceId: d._id, name: d.name, tagline: d.tagline, order: d.order, about: d.about, eligibility: d.eligibility, steps: d.steps, documents: d.documents, contacts: d.contacts }
    return body
  }
}

export const faqKind: KindAdapter = {
  schema: faqBody,
  title: (body) => (body as FaqBody).question,
  newId: () => `faq-${randomBytes(8).toString('hex')}`,
  putLive: async (item, raw) => {
    await faqs()
      .doc(item._id)
      .set({ ...(raw as FaqBody), sample: false })
  },
  removeLive: async (item) => {
    await faqs().doc(item._id).remove()
    return {}
  },
  readLive: async (id) => {
    const d = (await faqs().where({ _id: id }).limit(1).get()).data[0] as FaqDoc | undefined
    if (!d) return null
    const body: FaqBody = { group: d.group, groupOrder: d.groupOrder, order: d.order, question: d.question, answer: d.answer }
    return body
  }
}
