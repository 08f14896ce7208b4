/**
 * The saved form of a cluster index, and its checks: a save is read only
 * when every field is what `toJSON` writes, so a corrupt or hand-edited file
 * fails with a message naming the field instead of clustering wrongly.
 */

import type {ClusterOptions} from '../types.js'

export const savedFormat = 'whosaid-cluster-index'
export const savedVersion = 3
/** Version 2 kept each item's `neighbourhood` (the mean of its best similarities) where version 3 keeps them all (`nearest`): it loads as eight equal ones. */
const previousVersion = 2
/** Best similarities kept per item. */
const nearestKept = 8

export interface SavedItem {
  readonly id: string
  readonly text: string
  readonly speaker: string | null
  readonly document: string | null
  /** The similarity that admitted it to its cluster (1: the representative, or alone). */
  readonly similarity: number
  /** Its best similarities to other items, highest first, at most 8 (their mean is its neighbourhood, see `placement.ts`). */
  readonly nearest: readonly number[]
}

export interface SavedCluster {
  /** Item numbers (positions in `items`), in the cluster's own order. */
  readonly members: readonly number[]
  readonly representative: number
  readonly speaker: string | null
}

/** What `ClusterIndex#toJSON` gives and `ClusterIndex.fromJSON` takes. */
export interface SerializedIndex {
  readonly format: typeof savedFormat
  readonly version: typeof savedVersion
  readonly options: Required<ClusterOptions>
  readonly items: readonly SavedItem[]
  readonly clusters: readonly SavedCluster[]
}

/** Check a value as a saved index (all but its options, which `checkOptions` reads); throws naming the first bad field. */
export function checkSaved(value: unknown): SerializedIndex {
  const data = value as Record<string, unknown> | null
  if (!data || typeof data !== 'object' || data.format !== savedFormat) {
    throw new TypeError(`Not a whosaid cluster index: expected the value of \`ClusterIndex#toJSON()\` (format \`${savedFormat}\`, version ${savedVersion})`)
  }
  if (data.version !== savedVersion && data.version !== previousVersion) {
    throw new TypeError(
      `Cluster index saved in version ${JSON.stringify(data.version)} of the format, this whosaid reads version ${savedVersion}: cluster its items again (\`index.addAll(saved.items)\`)`
    )
  }
  if (!Array.isArray(data.items)) throw new TypeError('Broken cluster index: `items` must be an array')
  if (!Array.isArray(data.clusters)) throw new TypeError('Broken cluster index: `clusters` must be an array')
  const ids = new Set<string>()
  data.items.forEach((item: unknown, at) => {
    const where = `items[${at}]`
    if (!item || typeof item !== 'object') fail(where, 'an object', item)
    const fields = item as Record<string, unknown>
    if (typeof fields.id !== 'string') fail(`${where}.id`, 'a string', fields.id)
    if (ids.has(fields.id as string)) fail(`${where}.id`, 'unique', fields.id)
    ids.add(fields.id as string)
    if (typeof fields.text !== 'string') fail(`${where}.text`, 'a string', fields.text)
    for (const key of ['speaker', 'document']) if (fields[key] !== null && typeof fields[key] !== 'string') fail(`${where}.${key}`, 'a string or null', fields[key])
    if (!isShare(fields.similarity)) fail(`${where}.similarity`, 'a number from 0 to 1', fields.similarity)
    if (data.version === previousVersion) {
      if (!isShare(fields.neighbourhood)) fail(`${where}.neighbourhood`, 'a number from 0 to 1', fields.neighbourhood)
      return
    }
    const nearest = fields.nearest
    if (!Array.isArray(nearest) || nearest.length > nearestKept) fail(`${where}.nearest`, `an array of at most ${nearestKept} numbers`, nearest)
    ;(nearest as unknown[]).forEach((value, place) => {
      if (!isShare(value) || (place > 0 && (value as number) > (nearest as number[])[place - 1]!)) fail(`${where}.nearest`, 'numbers from 0 to 1, highest first', nearest)
    })
  })
  const seen = new Int32Array(data.items.length).fill(-1)
  data.clusters.forEach((cluster: unknown, at) => {
    const where = `clusters[${at}]`
    if (!cluster || typeof cluster !== 'object') fail(where, 'an object', cluster)
    const fields = cluster as Record<string, unknown>
    if (!Array.isArray(fields.members) || fields.members.length === 0) fail(`${where}.members`, 'a non-empty array', fields.members)
    for (const member of fields.members as unknown[]) {
      if (!Number.isInteger(member) || (member as number) < 0 || (member as number) >= seen.length) fail(`${where}.members`, 'item numbers', member)
      if (seen[member as number] !== -1) fail(`${where}.members`, 'items in no other cluster', member)
      seen[member as number] = at
    }
    if (!Number.isInteger(fields.representative) || seen[fields.representative as number] !== at) {
      fail(`${where}.representative`, 'one of its members', fields.representative)
    }
    if (fields.speaker !== null && typeof fields.speaker !== 'string') fail(`${where}.speaker`, 'a string or null', fields.speaker)
  })
  const lost = seen.indexOf(-1)
  if (lost !== -1) fail(`items[${lost}]`, 'in a cluster', (data.items[lost] as SavedItem).id)
  if (data.version === previousVersion) {
    const items = (data.items as Array<Record<string, unknown>>).map(({neighbourhood, ...item}) => ({...item, nearest: Array.from({length: nearestKept}, () => neighbourhood)}))
    return {...data, version: savedVersion, items} as unknown as SerializedIndex
  }
  return data as unknown as SerializedIndex
}

function isShare(value: unknown): boolean {
  return typeof value === 'number' && value >= 0 && value <= 1
}

function fail(field: string, expected: string, value: unknown): never {
  throw new TypeError(`Broken cluster index: \`${field}\` must be ${expected}, not \`${JSON.stringify(value)?.slice(0, 80)}\``)
}
