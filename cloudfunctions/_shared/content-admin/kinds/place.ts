// Places: the working copy becomes a `places` document with its GeoJSON point and street order.
import { randomBytes } from 'node:crypto'
import { placeBody } from '../../../../contracts/content-admin/schemas'
import type { PlaceBody } from '../../../../contracts/content-admin/words'
import { streetOrder } from '../../../../contracts/services/catalog'
import { positionOf, type StoredPlace } from '../../../content/places-collection'
import { database } from '../../cloudbase'
import type { KindAdapter } from './kind'

function places() {
  return database().collection('places')
}

export const placeKind: KindAdapter = {
  schema: placeBody,
  title: (body) => (body as PlaceBody).name,
  newId: () => `place-${randomBytes(8).toString('hex')}`,
  putLive: async (item, raw) => {
    const b = raw as PlaceBody
    await places()
      .doc(item._id)
      .set({
        name: b.name,
        type: b.type,
        street: b.street,
        streetOrder: streetOrder(b.street),
        address: b.address,
        location: new (database().Geo.Point)(b.longitude, b.latitude),
        hours: b.hours,
        offers: b.offers,
        ...(b.phone ? { phone: b.phone } : {}),
        ...(b.closedNote ? { closedNote: b.closedNote } : {}),
        sample: false
      })
  },
  removeLive: async (item) => {
    await places().doc(item._id).remove()
    return {}
  },
  readLive: async (id) => {
    const doc = (await places().where({ _id: id }).limit(1).get()).data[0] as (StoredPlace & { closedNote?: string }) | undefined
    if (!doc) return null
    const { longitude, latitude } = positionOf(doc)
    const body: PlaceBody = {
      name: doc.name,
      type: doc.type,
      street: doc.street,
      address: doc.address,
      hours: doc.hours,
      offers: doc.offers,
      latitude,
      longitude,
      ...(doc.phone ? { phone: doc.phone } : {}),
      ...(doc.closedNote ? { closedNote: doc.closedNote } : {})
    }
    return body
  }
}
