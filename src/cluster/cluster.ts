/**
 * Statement clusters: every wording of one statement in one cluster.
 *
 * Wordings are placed fullest first. Each finds candidate clusters through
 * two indexes: pairs of neighbouring terms (`PairIndex`) and single terms
 * (`Postings`, rarest first): two wordings that share a fair part of their
 * weight share some rare terms or pairs, so no pair is compared blindly and
 * time grows about linearly. Candidates are ranked by the rarity-weighted
 * terms they share, and the best few are checked against the cluster, on
 * their terms and, for a `wordOrder` share, on their pairs of neighbours:
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
 *
 * The index keeps its numbers in typed arrays (terms in one pool, members as
 * linked lists, postings in blocks) rather than an object per wording: at a million wordings the
 * garbage collector would otherwise spend more time than the clustering.
 */

import type {Cluster, ClusterItem, ClusterOptions} from '../types.js'
import {containment, overlap, rarity} from './similarity.js'
import {speakerKeys, speakerKeysCompatible} from './speakers.js'
import {Vocabulary} from './features.js'
import {PairIndex, pairKey} from './pairs.js'
import {blockSize} from './blocks.js'
import {Postings} from './postings.js'
import {grown} from './grown.js'

/** What `ClusterIndex#toJSON` gives and `ClusterIndex.fromJSON` takes. */
export interface SerializedIndex {
  readonly format: 'whosaid-cluster-index'
  readonly version: 1
  readonly options: ClusterOptions
  readonly items: ReadonlyArray<{id: string; text: string; speaker: string | null; document: string | null; cluster: number; similarity: number}>
  readonly clusters: ReadonlyArray<{representative: number; speaker: string | null}>
}

const defaults = {threshold: 0.3, containment: 0.8, minFragmentWeight: 1.5, maxPostings: 32, wordOrder: 0.25}
/** Members compared with a wording, at most, per candidate cluster. */
const membersCompared = 24
/** Candidate clusters checked at most per wording. */
const maxChecked = 8
/** Clusters holding a pair of neighbouring terms, at most, for the pair to count (see `PairIndex`). */
const maxPairHolders = 16
/** Fields of a cluster's entry in the per-query hits (see `ClusterIndex#hits`). */
const hitRead = 0
const hitQuery = 1
const hitWeight = 2
const hitStride = 4
/** No speaker. */
const unknown = -1

export class ClusterIndex {
  readonly options: Required<ClusterOptions>
  readonly #vocabulary = new Vocabulary()
  readonly #ids = new Set<string>()

  // Wordings, by index.
  readonly #itemIds: string[] = []
  readonly #texts: string[] = []
  readonly #documents: Array<string | null> = []
  #pool: Int32Array = new Int32Array(1 << 16)
  #poolLength = 0
  #termStart: Int32Array = new Int32Array(1024)
  #termCount: Int32Array = new Int32Array(1024)
  #speaker: Int32Array = new Int32Array(1024)
  #cluster: Int32Array = new Int32Array(1024)
  #similarity: Float64Array = new Float64Array(1024)
  /** Next member of the same cluster (-1: last). */
  #next: Int32Array = new Int32Array(1024)

  // Clusters, by index.
  #clusterCount = 0
  #first: Int32Array = new Int32Array(1024)
  #last: Int32Array = new Int32Array(1024)
  #size: Int32Array = new Int32Array(1024)
  #representative: Int32Array = new Int32Array(1024)
  #clusterSpeaker: Int32Array = new Int32Array(1024)
  readonly #postings: Postings
  readonly #pairs = new PairIndex(maxPairHolders)

  // Speakers, interned: one entry per distinct name.
  readonly #speakerNames: string[] = []
  /** Keys of each speaker's name (`null`: a description, which fits anyone). */
  readonly #speakerKeys: Array<string[] | null> = []
  readonly #speakerIndex = new Map<string, number>()
  readonly #compatible = new Map<number, boolean>()

  constructor(options: ClusterOptions = {}) {
    this.options = checkOptions(options)
    this.#postings = new Postings(this.options.maxPostings)
  }

  /** How many wordings the index holds. */
  get size(): number {
    return this.#itemIds.length
  }

  /** Add one wording as it arrives. */
  add(item: ClusterItem): void {
    this.#place(this.#store(item))
  }

  /** Add many wordings at once: counted together, then placed fullest first (the best order). */
  addAll(items: Iterable<ClusterItem>): void {
    const first = this.size
    for (const item of items) this.#store(item)
    const count = this.size - first
    const weights = new Float64Array(count)
    const order = new Int32Array(count)
    for (let offset = 0; offset < count; offset++) {
      order[offset] = offset
      weights[offset] = this.#itemWeight(first + offset)
    }
    order.sort((a, b) => weights[b]! - weights[a]! || a - b)
    for (const offset of order) this.#place(first + offset)
  }

  /** The clusters now, numbered `c1`, `c2`, … by their first member in input order. */
  clusters(): Cluster[] {
    const live: Array<{cluster: number; members: number[]}> = []
    for (let cluster = 0; cluster < this.#clusterCount; cluster++) {
      if (this.#size[cluster] === 0) continue
      const members: number[] = []
      for (let member = this.#first[cluster]!; member !== -1; member = this.#next[member]!) members.push(member)
      members.sort((a, b) => a - b)
      live.push({cluster, members})
    }
    live.sort((a, b) => a.members[0]! - b.members[0]!)
    return live.map(({cluster, members}, position) => ({
      id: `c${position + 1}`,
      speaker: this.#speakerName(this.#clusterSpeaker[cluster]!),
      representative: this.#itemIds[this.#representative[cluster]!]!,
      members: members.map((member) => ({id: this.#itemIds[member]!, similarity: round(this.#similarity[member]!)}))
    }))
  }

  toJSON(): SerializedIndex {
    const items = this.#itemIds.map((id, index) => ({
      id,
      text: this.#texts[index]!,
      speaker: this.#speakerName(this.#speaker[index]!),
      document: this.#documents[index]!,
      cluster: this.#cluster[index]!,
      similarity: this.#similarity[index]!
    }))
    const clusters = []
    for (let cluster = 0; cluster < this.#clusterCount; cluster++) {
      clusters.push({representative: this.#representative[cluster]!, speaker: this.#speakerName(this.#clusterSpeaker[cluster]!)})
    }
    return {format: 'whosaid-cluster-index', version: 1, options: this.options, items, clusters}
  }

  /** Load an index saved with `toJSON`, to go on adding to it. */
  static fromJSON(value: unknown, options?: ClusterOptions): ClusterIndex {
    const data = value as SerializedIndex
    if (!data || data.format !== 'whosaid-cluster-index' || data.version !== 1 || !Array.isArray(data.items) || !Array.isArray(data.clusters)) {
      throw new TypeError('Not a whosaid cluster index: expected the value of `ClusterIndex#toJSON()` (format `whosaid-cluster-index`, version 1)')
    }
    const index = new ClusterIndex(options ?? data.options)
    for (const cluster of data.clusters) {
      const id = index.#newCluster(-1)
      index.#representative[id] = cluster.representative
      index.#clusterSpeaker[id] = index.#internSpeaker(cluster.speaker)
    }
    for (const item of data.items) {
      const stored = index.#store(item)
      if (!Number.isInteger(item.cluster) || item.cluster < 0 || item.cluster >= index.#clusterCount) {
        throw new TypeError(`Broken cluster index: item \`${item.id}\` names cluster ${item.cluster}, which does not exist`)
      }
      index.#join(item.cluster, stored, item.similarity)
    }
    return index
  }

  #store(item: ClusterItem): number {
    if (!item || typeof item.id !== 'string' || typeof item.text !== 'string') {
      throw new TypeError(`Expected an item \`{id: string, text: string}\`, not \`${JSON.stringify(item)?.slice(0, 80)}\``)
    }
    if (this.#ids.has(item.id)) throw new TypeError(`Duplicate item id \`${item.id}\``)
    this.#ids.add(item.id)
    const index = this.#itemIds.length
    if (index >= this.#termStart.length) this.#growItems(index * 2)
    const terms = this.#vocabulary.terms(item.text)
    this.#vocabulary.count(terms)
    if (this.#poolLength + terms.length > this.#pool.length) {
      this.#pool = grown(this.#pool, Math.max(this.#pool.length * 2, this.#poolLength + terms.length))
    }
    this.#pool.set(terms, this.#poolLength)
    this.#termStart[index] = this.#poolLength
    this.#termCount[index] = terms.length
    this.#poolLength += terms.length
    this.#itemIds.push(item.id)
    this.#texts.push(item.text)
    this.#documents.push(item.document ?? null)
    this.#speaker[index] = this.#internSpeaker(item.speaker ?? null)
    this.#cluster[index] = -1
    this.#similarity[index] = 1
    this.#next[index] = -1
    return index
  }

  #growItems(length: number): void {
    this.#termStart = grown(this.#termStart, length)
    this.#termCount = grown(this.#termCount, length)
    this.#speaker = grown(this.#speaker, length)
    this.#cluster = grown(this.#cluster, length)
    this.#similarity = grown(this.#similarity, length)
    this.#next = grown(this.#next, length)
  }

  #newCluster(representative: number): number {
    const cluster = this.#clusterCount++
    if (cluster >= this.#first.length) {
      const length = cluster * 2
      this.#first = grown(this.#first, length)
      this.#last = grown(this.#last, length)
      this.#size = grown(this.#size, length)
      this.#representative = grown(this.#representative, length)
      this.#clusterSpeaker = grown(this.#clusterSpeaker, length)
    }
    this.#first[cluster] = -1
    this.#last[cluster] = -1
    this.#size[cluster] = 0
    this.#representative[cluster] = representative
    this.#clusterSpeaker[cluster] = unknown
    return cluster
  }

  /** Add a wording to a cluster's member list and the postings of its terms. */
  #join(cluster: number, index: number, similarity: number): void {
    this.#cluster[index] = cluster
    this.#similarity[index] = similarity
    if (this.#last[cluster] === -1) this.#first[cluster] = index
    else this.#next[this.#last[cluster]!] = index
    this.#last[cluster] = index
    this.#size[cluster]!++
    const end = this.#termStart[index]! + this.#termCount[index]!
    this.#pairs.add(this.#pool.subarray(this.#termStart[index]!, end), cluster, this.#vocabulary.frequencies)
    // Members placed one after another post their cluster once; a repeat further back is skipped when read.
    for (let at = this.#termStart[index]!; at < end; at++) this.#postings.add(this.#pool[at]!, cluster)
  }

  #internSpeaker(name: string | null): number {
    if (!name) return unknown
    let id = this.#speakerIndex.get(name)
    if (id === undefined) {
      id = this.#speakerNames.length
      this.#speakerNames.push(name)
      this.#speakerKeys.push(speakerKeys(name))
      this.#speakerIndex.set(name, id)
    }
    return id
  }

  #speakerName(id: number): string | null {
    return id === unknown ? null : this.#speakerNames[id]!
  }

  /** Whether two speakers may be one person; an unknown speaker fits anyone. */
  #speakersFit(a: number, b: number): boolean {
    if (a === unknown || b === unknown || a === b) return true
    const key = a < b ? a * 0x200000 + b : b * 0x200000 + a
    let fit = this.#compatible.get(key)
    if (fit === undefined) {
      fit = speakerKeysCompatible(this.#speakerKeys[a]!, this.#speakerKeys[b]!)
      // Bounded memory: the cache only saves recomputing a cheap comparison.
      if (this.#compatible.size > 1_000_000) this.#compatible.clear()
      this.#compatible.set(key, fit)
    }
    return fit
  }

  // Rarity weights, cached until the collection grows.
  #weights: Float64Array = new Float64Array(0)
  #weightStamps: Int32Array = new Int32Array(0)

  #weight(term: number): number {
    const total = this.#itemIds.length
    if (term >= this.#weights.length) {
      const length = Math.max(1024, this.#vocabulary.size * 2, term + 1)
      this.#weights = grown(this.#weights, length)
      this.#weightStamps = grown(this.#weightStamps, length)
    }
    if (this.#weightStamps[term] !== total) {
      this.#weights[term] = rarity(total, this.#vocabulary.frequencies[term]!)
      this.#weightStamps[term] = total
    }
    return this.#weights[term]!
  }

  #itemWeights: Float64Array = new Float64Array(1024)
  #itemWeightStamps: Int32Array = new Int32Array(1024)

  /** Total rarity of a wording's terms (cached until the collection grows). */
  #itemWeight(index: number): number {
    const total = this.#itemIds.length
    if (index >= this.#itemWeights.length) {
      this.#itemWeights = grown(this.#itemWeights, this.#termStart.length)
      this.#itemWeightStamps = grown(this.#itemWeightStamps, this.#termStart.length)
    }
    if (this.#itemWeightStamps[index] !== total) {
      this.#itemWeights[index] = this.#sumWeights(index)
      this.#itemWeightStamps[index] = total
    }
    return this.#itemWeights[index]!
  }

  #sumWeights(index: number): number {
    let total = 0
    const end = this.#termStart[index]! + this.#termCount[index]!
    for (let at = this.#termStart[index]!; at < end; at++) total += this.#weight(this.#pool[at]!)
    return total
  }

  // The wording being placed: its terms are stamped in `#marks` for constant-time lookups.
  #marks: Int32Array = new Int32Array(0)
  #mark = 0

  #markTerms(index: number): void {
    if (this.#marks.length < this.#vocabulary.size) {
      this.#marks = grown(this.#marks, Math.max(1024, this.#vocabulary.size * 2))
    }
    this.#mark++
    const start = this.#termStart[index]!
    const end = start + this.#termCount[index]!
    for (let at = start; at < end; at++) this.#marks[this.#pool[at]!] = this.#mark
    // And its pairs of neighbours, in a small open-addressed set.
    const size = Math.max(64, blockSize(4 * (end - start)))
    if (this.#markedPairs.length < size) {
      this.#markedPairs = new Int32Array(size)
      this.#markedPairStamps = new Int32Array(size)
    }
    const mask = this.#markedPairs.length - 1
    for (let at = start + 1; at < end; at++) {
      const pair = pairKey(this.#pool[at - 1]!, this.#pool[at]!)
      let slot = pair & mask
      while (this.#markedPairStamps[slot] === this.#mark) slot = (slot + 1) & mask
      this.#markedPairs[slot] = pair
      this.#markedPairStamps[slot] = this.#mark
    }
  }

  #markedPairs: Int32Array = new Int32Array(0)
  #markedPairStamps: Int32Array = new Int32Array(0)

  /** Weight of the pairs of neighbouring terms of a wording: each term counts once per pair it is in. */
  #pairWeight(index: number): number {
    const start = this.#termStart[index]!
    const count = this.#termCount[index]!
    if (count < 2) return 0
    return 2 * this.#itemWeight(index) - this.#weight(this.#pool[start]!) - this.#weight(this.#pool[start + count - 1]!)
  }

  /**
   * The similarity of the marked wording and wording `other`: `words` (the
   * measure on their terms) mixed with the same measure on their pairs of
   * neighbours, by `wordOrder`. `part` is the wording whose share is measured
   * (a fragment, for containment), or -1 for the overlap of the two, where
   * `markedPairs` is the marked wording's pair weight. Reads the pairs shared
   * that `#sharedWithMarked(other)`, just called, counted.
   */
  #withOrder(words: number, other: number, part: number, markedPairs: number): number {
    const {wordOrder} = this.options
    if (wordOrder === 0) return words
    const partWeight = part === -1 ? 0 : this.#pairWeight(part)
    if (part !== -1 && partWeight === 0) return words
    const shared = this.#sharedPairs
    const order = part === -1 ? overlap(shared, this.#pairWeight(other), markedPairs) : containment(shared, partWeight)
    return (1 - wordOrder) * words + wordOrder * order
  }

  /** Weight of the pairs of neighbouring terms shared, counted by the last `#sharedWithMarked` (a pair weighs its two terms). */
  #sharedPairs = 0

  /** Weight of the terms that wording `other` shares with the marked wording; and of the pairs of neighbours, in `#sharedPairs`. */
  #sharedWithMarked(other: number): number {
    const pairs = this.#markedPairs
    const stamps = this.#markedPairStamps
    const mask = pairs.length - 1
    const mark = this.#mark
    let shared = 0
    let sharedPairs = 0
    let previous = -1
    const end = this.#termStart[other]! + this.#termCount[other]!
    for (let at = this.#termStart[other]!; at < end; at++) {
      const term = this.#pool[at]!
      if (this.#marks[term] !== mark) {
        previous = -1
        continue
      }
      const weight = this.#weight(term)
      shared += weight
      // Only a pair of two marked terms can be a marked pair.
      if (previous !== -1) {
        const pair = pairKey(previous, term)
        for (let slot = pair & mask; stamps[slot] === mark; slot = (slot + 1) & mask) {
          if (pairs[slot] === pair) {
            sharedPairs += this.#weight(previous) + weight
            break
          }
        }
      }
      previous = term
    }
    this.#sharedPairs = sharedPairs
    return shared
  }

  #place(index: number): void {
    const {threshold, minFragmentWeight} = this.options
    this.#markTerms(index)
    const ownWeight = this.#itemWeight(index)
    const ownPairs = this.#pairWeight(index)
    const speaker = this.#speaker[index]!

    let best: {cluster: number; score: number; absorb: boolean} | undefined
    const fragmentScores: number[] = []
    const candidates = this.#candidates(index)
    this.#touch(candidates)
    for (const candidate of candidates) {
      const representative = this.#representative[candidate]!
      const representativeWeight = this.#itemWeight(representative)
      let score = 0
      let absorb = false
      let fragment = false
      if (ownWeight <= representativeWeight / 2) {
        // A fragment: contained in some member.
        fragment = true
        if (ownWeight < minFragmentWeight) continue
        let compared = 0
        for (let member = this.#first[candidate]!; member !== -1 && compared < membersCompared; member = this.#next[member]!, compared++) {
          const words = containment(this.#sharedWithMarked(member), ownWeight)
          if (words < this.options.containment * 0.6) continue
          score = Math.max(score, this.#withOrder(words, member, index, ownPairs))
        }
        if (score < this.options.containment) continue
      } else if (representativeWeight <= ownWeight / 2) {
        // The cluster so far holds only a fragment of this wording.
        if (representativeWeight < minFragmentWeight) continue
        const words = containment(this.#sharedWithMarked(representative), representativeWeight)
        if (words < this.options.containment * 0.6) continue
        score = this.#withOrder(words, representative, representative, ownPairs)
        if (score < this.options.containment) continue
        absorb = true
      } else {
        const toRepresentative = overlap(this.#sharedWithMarked(representative), representativeWeight, ownWeight)
        if (toRepresentative < threshold * 0.6) continue
        score = this.#withOrder(toRepresentative, representative, -1, ownPairs)
        let compared = 0
        for (let member = this.#first[candidate]!; member !== -1 && compared < membersCompared; member = this.#next[member]!, compared++) {
          if (member === representative) continue
          const memberWeight = this.#itemWeight(member)
          if (memberWeight <= ownWeight / 2) continue
          const words = overlap(this.#sharedWithMarked(member), memberWeight, ownWeight)
          if (words < threshold * 0.6) continue
          score = Math.max(score, this.#withOrder(words, member, -1, ownPairs))
        }
        if (score < threshold) continue
      }
      // Last, as most candidates already fail on their words.
      if (!this.#speakersFit(speaker, this.#clusterSpeaker[candidate]!)) continue
      if (fragment) fragmentScores.push(score)
      if (!best || score > best.score) best = {cluster: candidate, score, absorb}
    }
    // A fragment that fits several statements about as well stays alone.
    if (best && fragmentScores.filter((score) => score >= best!.score - 0.1).length > 1) best = undefined

    if (!best) {
      const cluster = this.#newCluster(index)
      this.#clusterSpeaker[cluster] = speaker
      this.#join(cluster, index, 1)
      return
    }
    const cluster = best.cluster
    this.#join(cluster, index, best.score)
    if (best.absorb) {
      this.#similarity[this.#representative[cluster]!] = best.score
      this.#representative[cluster] = index
      this.#similarity[index] = 1
    }
    // A name, once known, speaks for the cluster rather than a description.
    const current = this.#clusterSpeaker[cluster]!
    if (current === unknown || (this.#speakerKeys[current] === null && speaker !== unknown && this.#speakerKeys[speaker] !== null)) {
      this.#clusterSpeaker[cluster] = speaker
    }
  }

  /** Read by nobody: keeps the reads in `#touch` from being optimised away. */
  #sink = 0

  /**
   * Read first, for all candidates at once, what checking them reads: their
   * representative, its terms and weight. At a million wordings each is a
   * wait for memory; read together, independent of each other, the
   * processor overlaps the waits, where the checks would take them one by one.
   */
  #touch(candidates: readonly number[]): void {
    let touched = 0
    for (const candidate of candidates) touched ^= this.#representative[candidate]! ^ this.#first[candidate]!
    for (const candidate of candidates) {
      const representative = this.#representative[candidate]!
      touched ^= this.#termStart[representative]! ^ this.#itemWeightStamps[representative]!
    }
    for (const candidate of candidates) touched ^= this.#pool[this.#termStart[this.#representative[candidate]!]!]!
    this.#sink = touched
  }

  /**
   * Per-query scratch, per cluster, side by side (one cache line per cluster
   * read): the last list read that counted it (lists are numbered across
   * queries: a cluster counts once per list), the last query that counted it,
   * and the weight it was counted in that query.
   */
  #hits: Float64Array = new Float64Array(0)
  #query = 0
  #read = 0
  /** The clusters counted in this query, in the order first met. */
  #touchedClusters: Int32Array = new Int32Array(256)
  #touchedCount = 0
  #pairBuffer: Int32Array = new Int32Array(1024)
  #termWeights: Float64Array = new Float64Array(64)

  /**
   * Clusters that share terms with wording `index`, best first. Two lists
   * are read: the clusters holding each pair of its neighbouring terms (see
   * `PairIndex`), and the postings of its single terms, rarest first, until
   * `maxPostings` entries are read (the rarest term's newest entries at
   * least). The work per wording is bounded, so clustering stays linear; a
   * wording that shares only common words with any other, and no pair of
   * neighbours, is left alone. Candidates are ranked by the rarity weight they
   * share (a shared pair counts the weight of both its terms once more); the
   * `maxChecked` best are returned, ties in the order met.
   */
  #candidates(index: number): number[] {
    const {maxPostings} = this.options
    const start = this.#termStart[index]!
    const ordered = this.#pool.subarray(start, start + this.#termCount[index]!)
    const stamp = ++this.#query
    if (this.#hits.length < this.#clusterCount * hitStride) this.#hits = grown(this.#hits, Math.max(1024, this.#clusterCount * 2) * hitStride)
    this.#touchedCount = 0
    if (this.#termWeights.length < ordered.length) this.#termWeights = new Float64Array(ordered.length * 2)
    const termWeights = this.#termWeights
    for (let at = 0; at < ordered.length; at++) termWeights[at] = this.#weight(ordered[at]!)
    const {out, count} = this.#pairs.collect(ordered, this.#pairBuffer, this.#vocabulary.frequencies)
    this.#pairBuffer = out
    let pairRead = -1
    let reading = 0
    for (let entry = 0; entry < count; entry += 2) {
      const cluster = out[entry]!
      const pair = out[entry + 1]!
      if (pair !== pairRead) {
        pairRead = pair
        reading = ++this.#read
      }
      this.#tally(cluster, termWeights[pair - 1]! + termWeights[pair]!, reading, stamp)
    }

    this.#byRarity(ordered, termWeights)
    const terms = this.#rarest
    let budget = maxPostings
    const postings = this.#postings
    for (let at = 0; at < ordered.length && budget > 0; at++) {
      const term = terms[at]!
      const length = postings.length(term)
      if (length === 0) continue
      if (at > 0 && length > budget) break
      const weight = this.#rarestWeights[at]!
      const read = Math.min(length, budget)
      budget -= read
      reading = ++this.#read
      for (let back = 0; back < read; back++) this.#tally(postings.at(term, back), weight, reading, stamp)
    }
    return this.#best()
  }

  /** Count `weight` for `cluster` in query `stamp`, once per list read (`reading`). */
  #tally(cluster: number, weight: number, reading: number, stamp: number): void {
    const hits = this.#hits
    const at = cluster * hitStride
    if (hits[at + hitRead] === reading) return
    hits[at + hitRead] = reading
    if (hits[at + hitQuery] === stamp) {
      hits[at + hitWeight]! += weight
      return
    }
    hits[at + hitQuery] = stamp
    hits[at + hitWeight] = weight
    if (this.#touchedCount === this.#touchedClusters.length) this.#touchedClusters = grown(this.#touchedClusters, this.#touchedCount * 2)
    this.#touchedClusters[this.#touchedCount++] = cluster
  }

  /** The `maxChecked` clusters counted most in this query, most first, ties in the order met (an insertion into a short list). */
  #best(): number[] {
    const hits = this.#hits
    const best: number[] = []
    for (let at = 0; at < this.#touchedCount; at++) {
      const cluster = this.#touchedClusters[at]!
      const weight = hits[cluster * hitStride + hitWeight]!
      if (best.length === maxChecked && weight <= hits[best[maxChecked - 1]! * hitStride + hitWeight]!) continue
      let to = best.length === maxChecked ? maxChecked - 1 : best.length
      while (to > 0 && hits[best[to - 1]! * hitStride + hitWeight]! < weight) {
        best[to] = best[to - 1]!
        to--
      }
      best[to] = cluster
    }
    return best
  }

  #rarest: Int32Array = new Int32Array(64)
  #rarestWeights: Float64Array = new Float64Array(64)

  /**
   * The terms rarest first, by their weights (`weights[at]` of `terms[at]`),
   * into `#rarest` and `#rarestWeights`: an insertion sort in scratch
   * buffers, as wordings are short; ties keep their order.
   */
  #byRarity(terms: Int32Array, weights: Float64Array): void {
    if (this.#rarest.length < terms.length) {
      this.#rarest = new Int32Array(terms.length * 2)
      this.#rarestWeights = new Float64Array(terms.length * 2)
    }
    const sorted = this.#rarest
    const sortedWeights = this.#rarestWeights
    for (let at = 0; at < terms.length; at++) {
      const weight = weights[at]!
      let to = at
      while (to > 0 && sortedWeights[to - 1]! < weight) {
        sorted[to] = sorted[to - 1]!
        sortedWeights[to] = sortedWeights[to - 1]!
        to--
      }
      sorted[to] = terms[at]!
      sortedWeights[to] = weight
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
  if (typeof merged.wordOrder !== 'number' || !(merged.wordOrder >= 0 && merged.wordOrder <= 1)) {
    throw new RangeError(`\`wordOrder\` must be a number from 0 to 1, not \`${String(merged.wordOrder)}\``)
  }
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
