/**
 * Statement clusters: every wording of one statement in one cluster.
 *
 * Wordings are placed fullest first. Each finds candidate clusters through an
 * inverted index (term → clusters), querying only its rarest terms: two
 * wordings that share a fair part of their terms must share one of those
 * (the prefix-filtering argument), so no pair is compared blindly and time
 * grows about linearly. A candidate is then checked against the cluster:
 *
 * - a full wording joins when its weighted overlap with a member reaches
 *   `threshold` (and with the representative, 60 % of it): translations;
 * - a fragment (half the weight of the representative or less) joins the one
 *   cluster holding a member that contains it (`containment`), if its
 *   weight is enough and no other cluster fits about as well: a fragment has
 *   one parent and never bridges two statements;
 * - a known speaker conflict keeps wordings apart.
 *
 * Each cluster keeps its fullest wording as representative, and every member
 * the similarity that admitted it.
 */

import type {Cluster, ClusterItem, ClusterOptions} from '../types.js'
import {containment, overlap, sharedWeight, weightOf} from './similarity.js'
import {speakerKeys, speakerKeysCompatible} from './speakers.js'
import {Vocabulary} from './features.js'

interface StoredItem {
  readonly id: string
  readonly text: string
  readonly speaker: string | null
  readonly speakerKeys: string[] | null
  readonly document: string | null
  readonly terms: number[]
  cluster: number
  similarity: number
}

interface StoredCluster {
  readonly members: number[]
  representative: number
  speaker: string | null
  speakerKeys?: string[] | null
  /** Terms already in the postings for this cluster (built when a second member joins). */
  terms?: Set<number>
}

/** What `ClusterIndex#toJSON` gives and `ClusterIndex.fromJSON` takes. */
export interface SerializedIndex {
  readonly format: 'whosaid-cluster-index'
  readonly version: 1
  readonly options: ClusterOptions
  readonly items: ReadonlyArray<{id: string; text: string; speaker: string | null; document: string | null; cluster: number; similarity: number}>
  readonly clusters: ReadonlyArray<{representative: number; speaker: string | null}>
}

const defaults = {threshold: 0.3, containment: 0.8, minFragmentWeight: 1.5, maxPostings: 500}
/** Members compared with a wording, at most, per candidate cluster. */
const membersCompared = 24
/** Candidate clusters checked at most per wording. */
const maxChecked = 16

export class ClusterIndex {
  readonly options: Required<ClusterOptions>
  readonly #vocabulary = new Vocabulary()
  readonly #items: StoredItem[] = []
  readonly #clusters: StoredCluster[] = []
  readonly #postings: number[][] = []
  readonly #ids = new Set<string>()

  constructor(options: ClusterOptions = {}) {
    this.options = checkOptions(options)
  }

  /** How many wordings the index holds. */
  get size(): number {
    return this.#items.length
  }

  /** Add one wording as it arrives; returns the id of the cluster it joined (as `clusters()` numbers them now). */
  add(item: ClusterItem): void {
    const stored = this.#store(item)
    this.#vocabulary.count(stored.terms)
    this.#place(this.#items.length - 1)
  }

  /** Add many wordings at once: counted together, then placed fullest first (the best order). */
  addAll(items: Iterable<ClusterItem>): void {
    const first = this.#items.length
    for (const item of items) this.#vocabulary.count(this.#store(item).terms)
    const weight = this.#weight
    const order = []
    for (let index = first; index < this.#items.length; index++) order.push({index, weight: weightOf(this.#items[index]!.terms, weight)})
    order.sort((a, b) => b.weight - a.weight || a.index - b.index)
    for (const {index} of order) this.#place(index)
  }

  /** The clusters now, numbered `c1`, `c2`, … by their first member in input order. */
  clusters(): Cluster[] {
    const live = this.#clusters
      .map((cluster, index) => ({cluster, index, first: Math.min(...cluster.members)}))
      .filter((entry) => entry.cluster.members.length > 0)
    live.sort((a, b) => a.first - b.first)
    return live.map(({cluster}, position) => ({
      id: `c${position + 1}`,
      speaker: cluster.speaker,
      representative: this.#items[cluster.representative]!.id,
      members: [...cluster.members].sort((a, b) => a - b).map((member) => ({id: this.#items[member]!.id, similarity: round(this.#items[member]!.similarity)}))
    }))
  }

  toJSON(): SerializedIndex {
    return {
      format: 'whosaid-cluster-index',
      version: 1,
      options: this.options,
      items: this.#items.map(({id, text, speaker, document, cluster, similarity}) => ({id, text, speaker, document, cluster, similarity})),
      clusters: this.#clusters.map(({representative, speaker}) => ({representative, speaker}))
    }
  }

  /** Load an index saved with `toJSON`, to go on adding to it. */
  static fromJSON(value: unknown, options?: ClusterOptions): ClusterIndex {
    const data = value as SerializedIndex
    if (!data || data.format !== 'whosaid-cluster-index' || data.version !== 1 || !Array.isArray(data.items) || !Array.isArray(data.clusters)) {
      throw new TypeError('Not a whosaid cluster index: expected the value of `ClusterIndex#toJSON()` (format `whosaid-cluster-index`, version 1)')
    }
    const index = new ClusterIndex(options ?? data.options)
    for (const cluster of data.clusters) index.#clusters.push({members: [], representative: cluster.representative, speaker: cluster.speaker})
    for (const item of data.items) {
      const stored = index.#store(item)
      index.#vocabulary.count(stored.terms)
      const cluster = index.#clusters[item.cluster]
      if (!cluster) throw new TypeError(`Broken cluster index: item \`${item.id}\` names cluster ${item.cluster}, which does not exist`)
      stored.cluster = item.cluster
      stored.similarity = item.similarity
      cluster.members.push(index.#items.length - 1)
      index.#post(item.cluster, stored.terms)
    }
    return index
  }

  #store(item: ClusterItem): StoredItem {
    if (!item || typeof item.id !== 'string' || typeof item.text !== 'string') {
      throw new TypeError(`Expected an item \`{id: string, text: string}\`, not \`${JSON.stringify(item)?.slice(0, 80)}\``)
    }
    if (this.#ids.has(item.id)) throw new TypeError(`Duplicate item id \`${item.id}\``)
    this.#ids.add(item.id)
    const stored: StoredItem = {
      id: item.id,
      text: item.text,
      speaker: item.speaker ?? null,
      speakerKeys: speakerKeys(item.speaker),
      document: item.document ?? null,
      terms: this.#vocabulary.terms(item.text),
      cluster: -1,
      similarity: 1
    }
    this.#items.push(stored)
    return stored
  }

  #hitStamps = new Int32Array(0)
  #hitCounts = new Int32Array(0)
  #query = 0
  #weights = new Float64Array(0)
  #weightStamps = new Int32Array(0)

  /** Rarity of a term now (cached until the collection grows). */
  readonly #weight = (term: number): number => {
    const total = this.#items.length
    if (term >= this.#weights.length) {
      const length = Math.max(1024, this.#vocabulary.size * 2, term + 1)
      const weights = new Float64Array(length)
      weights.set(this.#weights)
      const stamps = new Int32Array(length)
      stamps.set(this.#weightStamps)
      this.#weights = weights
      this.#weightStamps = stamps
    }
    if (this.#weightStamps[term] !== total) {
      this.#weights[term] = Math.log(1 + (total + 1) / (this.#vocabulary.frequencies[term]! + 1))
      this.#weightStamps[term] = total
    }
    return this.#weights[term]!
  }

  #place(index: number): void {
    const item = this.#items[index]!
    const weight = this.#weight
    const {threshold, minFragmentWeight, maxPostings} = this.options
    const own = new Set(item.terms)
    const ownWeight = weightOf(item.terms, weight)

    let best: {cluster: number; score: number; absorb: boolean} | undefined
    const fragmentScores: number[] = []
    for (const candidate of this.#candidates(item.terms, ownWeight, maxPostings)) {
      const cluster = this.#clusters[candidate]!
      const representative = this.#items[cluster.representative]!
      cluster.speakerKeys ??= speakerKeys(cluster.speaker)
      if (!speakerKeysCompatible(item.speakerKeys, cluster.speakerKeys)) continue
      const representativeWeight = weightOf(representative.terms, weight)
      let score = 0
      let absorb = false
      let fragment = false
      if (ownWeight <= representativeWeight / 2) {
        // A fragment: contained in some member.
        fragment = true
        if (ownWeight < minFragmentWeight) continue
        for (const member of cluster.members.slice(0, membersCompared)) {
          const whole = this.#items[member]!
          score = Math.max(score, sharedWeight(whole.terms, own, weight) / ownWeight)
        }
        if (score < this.options.containment) continue
      } else if (representativeWeight <= ownWeight / 2) {
        // The cluster so far holds only a fragment of this wording.
        if (representativeWeight < minFragmentWeight) continue
        score = containment(representative.terms, own, representativeWeight, weight)
        if (score < this.options.containment) continue
        absorb = true
      } else {
        const toRepresentative = overlap(representative.terms, own, representativeWeight, ownWeight, weight)
        if (toRepresentative < threshold * 0.6) continue
        score = toRepresentative
        for (const member of cluster.members.slice(0, membersCompared)) {
          const other = this.#items[member]!
          const otherWeight = weightOf(other.terms, weight)
          if (otherWeight <= ownWeight / 2) continue
          score = Math.max(score, overlap(other.terms, own, otherWeight, ownWeight, weight))
        }
        if (score < threshold) continue
      }
      if (fragment) fragmentScores.push(score)
      if (!best || score > best.score) best = {cluster: candidate, score, absorb}
    }
    // A fragment that fits several statements about as well stays alone.
    if (best && fragmentScores.filter((score) => score >= best!.score - 0.1).length > 1) best = undefined

    if (!best) {
      this.#clusters.push({members: [index], representative: index, speaker: item.speaker, speakerKeys: item.speakerKeys})
      item.cluster = this.#clusters.length - 1
      item.similarity = 1
      this.#post(item.cluster, item.terms)
      return
    }
    const cluster = this.#clusters[best.cluster]!
    cluster.members.push(index)
    item.cluster = best.cluster
    item.similarity = best.score
    if (best.absorb) {
      this.#items[cluster.representative]!.similarity = best.score
      cluster.representative = index
      item.similarity = 1
    }
    if (!cluster.speaker && item.speaker) {
      cluster.speaker = item.speaker
      cluster.speakerKeys = item.speakerKeys
    }
    this.#post(best.cluster, item.terms)
  }

  /**
   * Clusters sharing one of the rarest terms of `terms`. A wording that
   * overlaps this one by `threshold` shares at least that share of its weight,
   * so it must share a term outside any tail of common terms lighter than
   * that (weighted prefix filtering): only the terms before such a tail are
   * looked up, rarest first. At most `budget` posting entries are read, so
   * the work per wording is bounded and clustering stays linear; a pair that
   * shares only common words is then left apart (it would hardly pass the
   * threshold, as common words weigh little).
   */
  #candidates(terms: readonly number[], ownWeight: number, budget: number): number[] {
    const frequencies = this.#vocabulary.frequencies
    const sorted = [...terms].sort((a, b) => frequencies[a]! - frequencies[b]!)
    const needed = Math.min(this.options.threshold, this.options.containment) * ownWeight
    let tail = 0
    let prefix = sorted.length
    while (prefix > 1 && tail + this.#weight(sorted[prefix - 1]!) < needed) tail += this.#weight(sorted[--prefix]!)
    // Count hits per cluster in typed arrays stamped per query (no Map churn on the hot path).
    const stamp = ++this.#query
    if (this.#hitStamps.length < this.#clusters.length) {
      const length = Math.max(1024, this.#clusters.length * 2)
      const stamps = new Int32Array(length)
      stamps.set(this.#hitStamps)
      this.#hitStamps = stamps
      const counts = new Int32Array(length)
      counts.set(this.#hitCounts)
      this.#hitCounts = counts
    }
    const touched: number[] = []
    let read = 0
    for (let index = 0; index < prefix; index++) {
      const posting = this.#postings[sorted[index]!]
      if (!posting) continue
      if (index > 0 && read + posting.length > budget) break
      read += posting.length
      for (let at = Math.max(0, posting.length - budget); at < posting.length; at++) {
        const cluster = posting[at]!
        if (this.#hitStamps[cluster] === stamp) {
          this.#hitCounts[cluster]!++
        } else {
          this.#hitStamps[cluster] = stamp
          this.#hitCounts[cluster] = 1
          touched.push(cluster)
        }
      }
    }
    if (touched.length <= maxChecked) return touched
    // Check the clusters that share the most rare terms first.
    const counts = this.#hitCounts
    return touched.sort((a, b) => counts[b]! - counts[a]!).slice(0, maxChecked)
  }

  #post(clusterIndex: number, terms: readonly number[]): void {
    const cluster = this.#clusters[clusterIndex]!
    if (cluster.members.length > 1 && !cluster.terms) {
      cluster.terms = new Set()
      for (const member of cluster.members) if (member !== cluster.members[cluster.members.length - 1]) for (const term of this.#items[member]!.terms) cluster.terms.add(term)
    }
    for (const term of terms) {
      if (cluster.terms) {
        if (cluster.terms.has(term)) continue
        cluster.terms.add(term)
      }
      const posting = (this.#postings[term] ??= [])
      if (posting[posting.length - 1] !== clusterIndex) posting.push(clusterIndex)
    }
  }
}

/** Group wordings of the same statement. Members reference the input ids. */
export function clusterQuotes(items: readonly ClusterItem[], options: ClusterOptions = {}): Cluster[] {
  if (!Array.isArray(items)) throw new TypeError(`Expected an array of \`{id, text}\` items, not \`${typeof items}\``)
  const index = new ClusterIndex(options)
  index.addAll(items)
  return index.clusters()
}

function checkOptions(options: ClusterOptions): Required<ClusterOptions> {
  const merged = {...defaults, ...options}
  for (const key of ['threshold', 'containment'] as const) {
    const value = merged[key]
    if (typeof value !== 'number' || !(value > 0 && value <= 1)) throw new RangeError(`\`${key}\` must be a number above 0 and at most 1, not \`${String(value)}\``)
  }
  if (typeof merged.minFragmentWeight !== 'number' || !(merged.minFragmentWeight >= 0)) {
    throw new RangeError(`\`minFragmentWeight\` must be a number of 0 or more, not \`${String(merged.minFragmentWeight)}\``)
  }
  if (!Number.isInteger(merged.maxPostings) || merged.maxPostings < 1) {
    throw new RangeError(`\`maxPostings\` must be a whole number of 1 or more, not \`${String(merged.maxPostings)}\``)
  }
  return merged
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
