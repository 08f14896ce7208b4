/**
 * Candidate search: the wordings that share the most rarity weight with a
 * given one, found through two indexes, never by comparing pairs blindly.
 *
 * - pairs of neighbouring terms (`PairIndex`): a pair is far rarer than its
 *   words, so its list stays short; a fragment holds the pairs of the
 *   wording it was cut from;
 * - single terms (`Postings`), rarest first, the newest 32 wordings of each,
 *   until `maxPostings` entries are read (the rarest term's newest entries
 *   at least).
 *
 * The work per wording is bounded, so clustering stays linear. Wordings are
 * indexed in the order they are stored, so a resumed index finds the same
 * candidates as one that never stopped.
 */

import {blockSize} from './blocks.js'
import {PairIndex} from './pairs.js'
import {Postings} from './postings.js'
import type {Wordings} from './wordings.js'

/**
 * Newest wordings of a term read, at most (and kept: see `Postings`). The
 * budget `maxPostings` is spent across terms, rarest first: reading more
 * terms found the other translation more often than reading deeper into
 * one (WMT21 cs-en F1 85.0 either way with 256, 83.9 with 32 and 32), and a
 * term's memory stays bounded.
 */
const keptPerTerm = 32
/** Wordings holding a pair of neighbouring terms, at most, for the pair to count (see `PairIndex`). */
const maxPairHolders = 16

export class CandidateSearch {
  readonly #wordings: Wordings
  readonly #postings: Postings
  readonly #pairs = new PairIndex(maxPairHolders)
  readonly #maxPostings: number
  /** How many wordings are indexed (the first `indexed` of the store). */
  indexed = 0

  /**
   * The wordings a query meets, open-addressed by wording (a slot is taken
   * when its query number is this query's): the wording, the last list read
   * that counted it (so it counts once per list), and the weight counted. A
   * few hundred wordings a query, so the table stays in the caches, where an
   * entry per wording of the collection (16 MB at a million) would miss them
   * at nearly every wording met.
   */
  #hitQuery: Int32Array = new Int32Array(0)
  #hitHolder: Int32Array = new Int32Array(0)
  #hitRead: Int32Array = new Int32Array(0)
  #hitWeight: Float64Array = new Float64Array(0)
  /** Right shift of a wording's multiplicative hash to a slot of the table. */
  #hitShift = 32
  #query = 0
  /** Per query: the holders of the single terms' lists read, one list after another; where each list ends, and its weight. */
  #gathered: Int32Array = new Int32Array(0)
  #listEnds: Int32Array = new Int32Array(64)
  #listWeights: Float64Array = new Float64Array(64)
  /** The slots taken in this query, in the order their wordings were met. */
  #touched: Int32Array = new Int32Array(256)
  #touchedCount = 0
  #pairBuffer: Int32Array = new Int32Array(1024)
  #termWeights: Float64Array = new Float64Array(64)
  #rarest: Int32Array = new Int32Array(64)
  #rarestWeights: Float64Array = new Float64Array(64)

  constructor(wordings: Wordings, maxPostings: number) {
    this.#wordings = wordings
    this.#maxPostings = maxPostings
    this.#postings = new Postings(Math.min(maxPostings, keptPerTerm))
  }

  /** Index the stored wordings not indexed yet, in store order. */
  indexUpTo(count: number): void {
    const wordings = this.#wordings
    const frequencies = wordings.vocabulary.frequencies
    for (; this.indexed < count; this.indexed++) {
      const index = this.indexed
      const terms = wordings.terms(index)
      this.#pairs.add(terms, index, frequencies)
      for (let at = 0; at < terms.length; at++) this.#postings.add(terms[at]!, index)
    }
  }

  /**
   * Up to `limit` indexed wordings sharing the most weight with wording
   * `index` (itself left out), most first, ties in the order met, into `out`;
   * returns how many. A shared pair of neighbours counts its two terms once more.
   */
  find(index: number, limit: number, out: Int32Array): number {
    const wordings = this.#wordings
    const ordered = wordings.terms(index)
    this.#touchedCount = 0
    if (this.#termWeights.length < ordered.length) this.#termWeights = new Float64Array(ordered.length * 2)
    const termWeights = this.#termWeights
    for (let at = 0; at < ordered.length; at++) termWeights[at] = wordings.weight(ordered[at]!)
    const {out: pairs, count} = this.#pairs.collect(ordered, this.#pairBuffer, wordings.vocabulary.frequencies)
    this.#pairBuffer = pairs

    // The lists of single terms to read, rarest first, their holders gathered (at most `maxPostings`).
    this.#byRarity(ordered, termWeights)
    let budget = this.#maxPostings
    const postings = this.#postings
    if (this.#gathered.length < budget + postings.ring) this.#gathered = new Int32Array(budget + postings.ring)
    if (this.#listEnds.length < ordered.length) {
      this.#listEnds = new Int32Array(ordered.length * 2)
      this.#listWeights = new Float64Array(ordered.length * 2)
    }
    const gathered = this.#gathered
    let gatheredCount = 0
    let lists = 0
    for (let at = 0; at < ordered.length && budget > 0; at++) {
      const term = this.#rarest[at]!
      const length = postings.length(term)
      if (length === 0) continue
      if (at > 0 && length > budget) break
      const read = Math.min(length, budget, postings.ring)
      budget -= read
      postings.newest(term, read, gathered, gatheredCount)
      gatheredCount += read
      this.#listEnds[lists] = gatheredCount
      this.#listWeights[lists++] = this.#rarestWeights[at]!
    }

    this.#startQuery(count / 2 + gatheredCount)
    let pairRead = -1
    let reading = 0
    for (let entry = 0; entry < count; entry += 2) {
      const holder = pairs[entry]!
      const pair = pairs[entry + 1]!
      if (pair !== pairRead) {
        pairRead = pair
        reading++
      }
      if (holder !== index && holder < this.indexed) this.#tally(holder, termWeights[pair - 1]! + termWeights[pair]!, reading)
    }
    for (let list = 0, at = 0; list < lists; list++) {
      const weight = this.#listWeights[list]!
      reading++
      for (const end = this.#listEnds[list]!; at < end; at++) {
        const holder = gathered[at]!
        if (holder !== index) this.#tally(holder, weight, reading)
      }
    }
    return this.#best(limit, out)
  }

  /** A new query meeting `most` wordings at most: a table twice that size at least, emptied by a new query number. */
  #startQuery(most: number): void {
    const size = Math.max(1024, blockSize(2 * most))
    if (this.#hitQuery.length < size) {
      this.#hitQuery = new Int32Array(size)
      this.#hitHolder = new Int32Array(size)
      this.#hitRead = new Int32Array(size)
      this.#hitWeight = new Float64Array(size)
      this.#hitShift = Math.clz32(size) + 1
      this.#query = 0
    }
    if (this.#touched.length < most) this.#touched = new Int32Array(blockSize(most))
    if (this.#query === 2 ** 31 - 1) {
      this.#hitQuery.fill(0)
      this.#query = 0
    }
    this.#query++
  }

  /** Count `weight` for wording `holder` in this query, once per list read (`reading`, numbered from 1 in each query). */
  #tally(holder: number, weight: number, reading: number): void {
    const queries = this.#hitQuery
    const holders = this.#hitHolder
    const mask = queries.length - 1
    const query = this.#query
    for (let slot = Math.imul(holder, 0x9e3779b1) >>> this.#hitShift; ; slot = (slot + 1) & mask) {
      if (queries[slot] !== query) {
        queries[slot] = query
        holders[slot] = holder
        this.#hitRead[slot] = reading
        this.#hitWeight[slot] = weight
        this.#touched[this.#touchedCount++] = slot
        return
      }
      if (holders[slot] !== holder) continue
      if (this.#hitRead[slot] === reading) return
      this.#hitRead[slot] = reading
      this.#hitWeight[slot]! += weight
      return
    }
  }

  /** The `limit` wordings counted most in this query, most first, ties in the order met (insertion into a short list). */
  #best(limit: number, best: Int32Array): number {
    const weights = this.#hitWeight
    let length = 0
    for (let at = 0; at < this.#touchedCount; at++) {
      const slot = this.#touched[at]!
      const weight = weights[slot]!
      if (length === limit && weight <= weights[best[limit - 1]!]!) continue
      let to = length === limit ? limit - 1 : length++
      while (to > 0 && weights[best[to - 1]!]! < weight) {
        best[to] = best[to - 1]!
        to--
      }
      best[to] = slot
    }
    for (let at = 0; at < length; at++) best[at] = this.#hitHolder[best[at]!]!
    return length
  }

  /** The terms rarest first into `#rarest` / `#rarestWeights`: an insertion sort, as wordings are short; ties keep their order. */
  #byRarity(terms: Int32Array, weights: Float64Array): void {
    if (this.#rarest.length < terms.length) {
      this.#rarest = new Int32Array(terms.length * 2)
      this.#rarestWeights = new Float64Array(terms.length * 2)
    }
    const sorted = this.#rarest
    const sortedWeights = this.#rarestWeights
    if (terms.length > 64) {
      // A long wording (a whole article quoted): a sort in n log n, not an insertion sort.
      const order = Array.from({length: terms.length}, (_, at) => at).sort((a, b) => weights[b]! - weights[a]! || a - b)
      for (let at = 0; at < order.length; at++) {
        sorted[at] = terms[order[at]!]!
        sortedWeights[at] = weights[order[at]!]!
      }
      return
    }
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
