// `collection.aggregate()…end()`: the SDK sends `database.aggregateDocuments` with
// `stages: [{ stageKey: '$match', stageValue: <EJSON string> }, …]` (@cloudbase/database
// src/aggregate.ts) and reads `data.list`, one EJSON string per result. mingo runs the pipeline;
// a leading $match goes through the planner (indexes, prefilter) so it does not scan needlessly.
import { ProcessingMode } from 'mingo'
import { CloudbaseError, CODES } from '../errors'
import { cloneDoc, decodeWire, resolveServerDates } from './ejson'
import { mingoAggregator } from './mingo-options'
import { matchDocs } from './planner'
import { QueryError, type Filter } from './query'
import type { Doc, DocumentStore } from './store'

/** Without a $limit stage CloudBase answers at most 20 results (as users report; the docs are
 * silent), so code that forgets `.limit()` fails here as it would there. */
export const AGGREGATE_DEFAULT_LIMIT = 20

/** Stages the SDK can send that mingo does not run (or we do not emulate). */
const REFUSED = new Set(['$geoNear', '$sample', '$out', '$merge'])

interface WireStage {
  stageKey: string
  stageValue: string
}

export function aggregateDocs(store: DocumentStore, collection: string, stages: unknown): Doc[] {
  if (!Array.isArray(stages)) throw new CloudbaseError(CODES.INVALID_PARAM, 'stages must be an array')
  const pipeline = (stages as WireStage[]).map((s) => {
    if (!s || typeof s.stageKey !== 'string' || !s.stageKey.startsWith('$')) throw new CloudbaseError(CODES.INVALID_PARAM, 'invalid aggregation stage')
    if (REFUSED.has(s.stageKey)) throw new CloudbaseError(CODES.INVALID_PARAM, `aggregation stage ${s.stageKey} is not supported by the local CloudBase`)
    return { [s.stageKey]: resolveServerDates(decodeWire(String(s.stageValue))) } as Record<string, unknown>
  })
  if (!pipeline.some((s) => '$limit' in s)) pipeline.push({ $limit: AGGREGATE_DEFAULT_LIMIT })
  let input: readonly Doc[]
  let mode = ProcessingMode.CLONE_INPUT
  if (pipeline.length && '$match' in pipeline[0] && isPlainObject(pipeline[0].$match)) {
    // matchDocs returns copies the pipeline may change freely.
    input = matchDocs(store, collection, pipeline.shift()!.$match as Filter)
    mode = ProcessingMode.CLONE_OFF
  } else {
    input = store.all(collection)
  }
  try {
    const aggregator = mingoAggregator(pipeline, {
      processingMode: mode,
      collectionResolver: (name: string) => store.all(name).map((d) => cloneDoc(d))
    })
    return aggregator.run(input as Doc[]) as Doc[]
  } catch (err) {
    if (err instanceof CloudbaseError) throw err
    throw new QueryError((err as Error).message)
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v)
}
