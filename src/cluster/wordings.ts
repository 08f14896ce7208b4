/**
 * The wordings of a cluster index, by number: id, text, document, speaker,
 * and their content terms in one pool (see `Vocabulary`), with rarity
 * weights cached until the collection grows. Numbers, not objects: at a
 * million wordings an object each would cost the collector more than the
 * clustering.
 */

import type {ClusterItem} from '../types.js'
import {Vocabulary} from './features.js'
import {grown} from './grown.js'
import {rarity} from './similarity.js'
import {speakerKeys, speakerKeysCompatible} from './speakers.js'

/** No speaker. */
export const unknownSpeaker = -1

export class Wordings {
  readonly vocabulary = new Vocabulary()
  readonly ids: string[] = []
  readonly texts: string[] = []
  readonly documents: Array<string | null> = []
  readonly #known = new Set<string>()
  /**
   * Every wording's terms, one after another: `pool[termStart[i] … termStart[i + 1])`
   * (`termStart[size]` is where the next wording's will go: one array read
   * for both ends of a wording's terms).
   */
  pool: Int32Array = new Int32Array(1 << 16)
  termStart: Int32Array = new Int32Array(1024)
  speaker: Int32Array = new Int32Array(1024)

  // Speakers, interned: one entry per distinct name.
  readonly #speakerNames: string[] = []
  /** Keys of each speaker's name (`null`: a description, which fits anyone). */
  readonly #speakerKeys: Array<string[] | null> = []
  readonly #speakerIndex = new Map<string, number>()
  readonly #compatible = new Map<number, boolean>()

  get size(): number {
    return this.ids.length
  }

  /** Store an item (checked) and count its terms; returns its number. */
  add(item: ClusterItem): number {
    if (!item || typeof item !== 'object' || typeof item.id !== 'string' || typeof item.text !== 'string') {
      throw new TypeError(`Expected an item \`{id: string, text: string}\`, not \`${JSON.stringify(item)?.slice(0, 80)}\``)
    }
    checkOptionalString(item.speaker, 'speaker', item.id)
    checkOptionalString(item.document, 'document', item.id)
    // One lookup: adding a known id leaves the set as it was.
    const known = this.#known.size
    if (this.#known.add(item.id).size === known) throw new TypeError(`Duplicate item id \`${item.id}\``)
    const index = this.ids.length
    if (index + 1 >= this.termStart.length) {
      const length = (index + 1) * 2
      this.termStart = grown(this.termStart, length)
      this.speaker = grown(this.speaker, length)
    }
    const vocabulary = this.vocabulary
    const count = vocabulary.read(item.text)
    const start = this.termStart[index]!
    if (start + count > this.pool.length) {
      this.pool = grown(this.pool, Math.max(this.pool.length * 2, start + count))
    }
    // Stored and counted in one pass (a copy of a few numbers costs less than a call that copies them).
    const found = vocabulary.found
    const frequencies = vocabulary.frequencies
    const pool = this.pool
    for (let at = 0; at < count; at++) {
      const term = found[at]!
      pool[start + at] = term
      frequencies[term]!++
    }
    this.termStart[index + 1] = start + count
    this.ids.push(item.id)
    this.texts.push(item.text)
    this.documents.push(item.document ?? null)
    this.speaker[index] = this.internSpeaker(item.speaker ?? null)
    return index
  }

  /** The terms of wording `index` (a view of the pool). */
  terms(index: number): Int32Array {
    return this.pool.subarray(this.termStart[index]!, this.termStart[index + 1]!)
  }

  /**
   * The terms of wording `index`, copied into a buffer that the next call
   * overwrites: for a comparison's short reads, where a new view of the pool
   * per comparison (a million and more) would cost more than the copy.
   */
  scratchTerms(index: number): Int32Array {
    const start = this.termStart[index]!
    const length = this.termStart[index + 1]! - start
    if (this.#scratch.length < length) {
      this.#scratch = new Int32Array(length * 2)
      this.#scratchViews.length = 0
    }
    const scratch = this.#scratch
    for (let at = 0; at < length; at++) scratch[at] = this.pool[start + at]!
    let view = this.#scratchViews[length]
    if (view === undefined) {
      // Views of every shorter length first: the list stays packed (no holes), so reading it stays fast.
      for (let shorter = this.#scratchViews.length; shorter <= length; shorter++) this.#scratchViews.push(scratch.subarray(0, shorter))
      view = this.#scratchViews[length]!
    }
    return view
  }

  /** The buffer of `scratchTerms`, and its views by length. */
  #scratch = new Int32Array(64)
  readonly #scratchViews: Int32Array[] = []

  internSpeaker(name: string | null): number {
    if (!name) return unknownSpeaker
    let id = this.#speakerIndex.get(name)
    if (id === undefined) {
      id = this.#speakerNames.length
      this.#speakerNames.push(name)
      this.#speakerKeys.push(speakerKeys(name))
      this.#speakerIndex.set(name, id)
    }
    return id
  }

  speakerName(id: number): string | null {
    return id === unknownSpeaker ? null : this.#speakerNames[id]!
  }

  /** Whether a speaker is known by a name (not a description). */
  isNamed(id: number): boolean {
    return id !== unknownSpeaker && this.#speakerKeys[id] !== null
  }

  /** Whether two speakers may be one person; an unknown speaker fits anyone. */
  speakersFit(a: number, b: number): boolean {
    if (a === unknownSpeaker || b === unknownSpeaker || a === b) return true
    const key = a < b ? a * 0x200000 + b : b * 0x200000 + a
    let fit = this.#compatible.get(key)
    if (fit === undefined) {
      fit = speakerKeysCompatible(this.#speakerKeys[a]!, this.#speakerKeys[b]!)
      // Bounded memory: the cache only saves recomputing a cheap comparison.
      if (this.#compatible.size > 100_000) this.#compatible.clear()
      this.#compatible.set(key, fit)
    }
    return fit
  }

  // Rarity weights, cached until the collection grows: per term, the size of the collection it was
  // computed for and the weight, side by side (one cache line per term read).
  #weights: Float64Array = new Float64Array(0)

  /** Rarity weight of a term in the collection as it is now. */
  weight(term: number): number {
    const at = term * 2
    if (at >= this.#weights.length || this.#weights[at] !== this.ids.length) this.#weigh(term)
    return this.#weights[at + 1]!
  }

  /**
   * Compute term `term`'s weight into the cache (which grows as needed). The
   * callers read the cache themselves: a weight handed back by a call that is
   * not inlined is a new number object, a million and more per placement.
   */
  #weigh(term: number): void {
    const total = this.ids.length
    const at = term * 2
    if (at >= this.#weights.length) this.#weights = grown(this.#weights, Math.max(1024, this.vocabulary.size * 2, term + 1) * 2)
    this.#weights[at] = total
    this.#weights[at + 1] = rarity(total, this.vocabulary.frequencies[term]!)
  }

  /** Touch the cached weights of the terms `pool[start … end)`; returns what nobody reads. */
  touchTerms(start: number, end: number): number {
    const weights = this.#weights
    const pool = this.pool
    let sink = 0
    for (let at = start; at < end; at++) {
      const term = pool[at]!
      // (The stamp: a whole number.)
      if (term * 2 < weights.length) sink |= weights[term * 2]!
    }
    return sink
  }

  /**
   * The rarity weights of wording `index`'s terms, in order, into `out` (room
   * for them; returns how many): one call per wording, where a call per term
   * that is not inlined hands each weight back as a new number object.
   */
  weightsOf(index: number, out: Float64Array): number {
    const start = this.termStart[index]!
    const count = this.termStart[index + 1]! - start
    const total = this.ids.length
    for (let at = 0; at < count; at++) {
      const term = this.pool[start + at]! * 2
      if (term >= this.#weights.length || this.#weights[term] !== total) this.#weigh(term / 2)
      out[at] = this.#weights[term + 1]!
    }
    return count
  }

  /** Per wording: the size of the collection its weights were summed for, its weight, its pair weight (see `#sumWeights`). */
  #itemWeights: Float64Array = new Float64Array(0)

  /** Total rarity of a wording's terms (cached until the collection grows). */
  itemWeight(index: number): number {
    const at = index * itemStride
    if (this.#itemWeights.length <= at || this.#itemWeights[at] !== this.ids.length) this.#sumWeights(index)
    return this.#itemWeights[at + itemWeight]!
  }

  /** Weight of the pairs of neighbouring terms of a wording: each term counts once per pair it is in (cached as `itemWeight`). */
  pairWeight(index: number): number {
    const at = index * itemStride
    if (this.#itemWeights.length <= at || this.#itemWeights[at] !== this.ids.length) this.#sumWeights(index)
    return this.#itemWeights[at + itemPairWeight]!
  }

  /** Read by nobody: keeps the reads of `touch` from being optimised away. */
  #sink = 0

  /**
   * Touch what comparing the first `count` of `indices` reads first (where
   * their terms start, the first of them, their cached weights): independent
   * reads the processor overlaps, where the comparisons, one after another,
   * would each wait for memory.
   */
  touch(indices: Int32Array, count: number): void {
    const weights = this.#itemWeights
    let sink = 0
    for (let at = 0; at < count; at++) {
      const index = indices[at]!
      sink |= this.pool[this.termStart[index]!]!
      if (index * itemStride < weights.length) sink |= weights[index * itemStride]!
    }
    this.#sink = sink
  }

  #sumWeights(index: number): void {
    const total = this.ids.length
    if (this.#itemWeights.length <= index * itemStride) this.#itemWeights = grown(this.#itemWeights, this.termStart.length * itemStride)
    let sum = 0
    const start = this.termStart[index]!
    const count = this.termStart[index + 1]! - start
    for (let at = start; at < start + count; at++) {
      const term = this.pool[at]! * 2
      if (term >= this.#weights.length || this.#weights[term] !== total) this.#weigh(term / 2)
      sum += this.#weights[term + 1]!
    }
    const at = index * itemStride
    this.#itemWeights[at] = total
    this.#itemWeights[at + itemWeight] = sum
    // (The first and last terms' weights are cached by the loop above.)
    this.#itemWeights[at + itemPairWeight] =
      count < 2 ? 0 : 2 * sum - this.#weights[this.pool[start]! * 2 + 1]! - this.#weights[this.pool[start + count - 1]! * 2 + 1]!
  }
}

/** Fields of a wording's entry in `#itemWeights`. */
const itemWeight = 1
const itemPairWeight = 2
const itemStride = 3

function checkOptionalString(value: unknown, field: string, id: string): void {
  if (value !== undefined && value !== null && typeof value !== 'string') {
    throw new TypeError(`Expected a string or null as \`${field}\` of item \`${id}\`, not \`${JSON.stringify(value)?.slice(0, 80)}\``)
  }
}
