// Translates our index declarations into what CloudBase's manager API takes
// (`database.updateCollection(name, { CreateIndexes })`, @cloudbase/manager-node).
import type { IndexSpec } from './collections'

/** One `CreateIndexes` entry. */
export interface ManagerCreateIndex {
  IndexName: string
  MgoKeySchema: { MgoIndexKeys: { Name: string; Direction: string }[]; MgoIsUnique: boolean }
}

export function toManagerIndex(spec: IndexSpec): ManagerCreateIndex {
  return {
    IndexName: spec.name,
    MgoKeySchema: {
      MgoIndexKeys: Object.entries(spec.keys).map(([Name, dir]) => ({ Name, Direction: String(dir) })),
      MgoIsUnique: spec.unique === true
    }
  }
}
