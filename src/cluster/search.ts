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
   * The wordings a query meets, open-addressed by wording, 16 bytes a slot
   * (one cache line per slot read): the last list read that counted it
   * (`#hitRead`, numbered across queries, so a slot whose number is below
   * the query's first list is free, and a wording counts once per list), the
   * wording, and the weight counted (`#hitWeight`, over the same bytes). A
   * few hundred wordings a query, so the table stays in the caches, where an
   * entry per wording of the collection (16 MB at a million) would miss them
   * at nearly every wording met.
   */
  #hits: Int32Array = new Int32Array(0)
  #hitWeight: Float64Array = new Float64Array(0)
  /** Right shift of a wording's multiplicative hash to a slot of the table. */
  #hitShift = 32
  /** The number of the last list read, and of the first list of this query. */
  #reading = 0
  #queryStart = 0
  /** Per query: the holders of the single terms' lists read, one list after another; where each list ends, and its weight. */
  #gathered: Int32Array = new Int32Array(0)
  #listEnds: Int32Array = new Int32Array(64)
  #listWeights: Float64Array = new Float64Array(64)
  /** The slots taken in this query, in the order their wordings were met. */
  #touched: Int32Array = new Int32Array(256)
  #touchedCount = 0
  #pairBuffer: Int32Array = new Int32Array(1024)
  #termWeights: Float64Array = new Float64Array(64)
  /** Read by nobody: keeps the touching reads in `find` from being optimised away. */
  #sink = 0
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
      const pool = wordings.pool
      const start = wordings.termStart[index]!
      const end = wordings.termStart[index + 1]!
      this.#pairs.add(pool, index, frequencies, start, end)
      for (let at = start; at < end; at++) this.#postings.add(pool[at]!, index)
    }
  }

  /**
   * Touch what `find(index)` reads first (its terms' weights, postings and
   * pair slots): called a wording ahead, so that these reads wait for memory
   * while the wording before is being scored.
   */
  prefetch(index: number): void {
    const wordings = this.#wordings
    const pool = wordings.pool
    const start = wordings.termStart[index]!
    const end = wordings.termStart[index + 1]!
    let touched = wordings.touchTerms(start, end)
    for (let at = start; at < end; at++) touched |= this.#postings.touch(pool[at]!)
    touched |= this.#pairs.touch(pool, wordings.vocabulary.frequencies, start, end)
    this.#sink = touched
  }

  /**
   * Up to `limit` indexed wordings sharing the most weight with wording
   * `index` (itself left out), most first, ties in the order met, into `out`;
   * returns how many. A shared pair of neighbours counts its two terms once more.
   */
  find(index: number, limit: number, out: Int32Array): number {
    const wordings = this.#wordings
    // The wording's terms, read in place: `pool[start … start + length)`.
    const pool = wordings.pool
    const start = wordings.termStart[index]!
    const length = wordings.termStart[index + 1]! - start
    this.#touchedCount = 0
    if (this.#termWeights.length < length) this.#termWeights = new Float64Array(length * 2)
    const termWeights = this.#termWeights
    // Each term's weight, and what its postings read first: independent reads the processor overlaps,
    // where the reads below, one after another, would each wait for memory.
    const postings = this.#postings
    let touched = 0
    wordings.weightsOf(index, termWeights)
    for (let at = 0; at < length; at++) touched |= postings.touch(pool[start + at]!)
    this.#sink = touched
    const {out: pairs, count} = this.#pairs.collect(pool, this.#pairBuffer, wordings.vocabulary.frequencies, start, start + length)
    this.#pairBuffer = pairs

    // The lists of single terms to read, rarest first, their holders gathered (at most `maxPostings`).
    this.#byRarity(pool, start, length, termWeights)
    let budget = this.#maxPostings
    if (this.#gathered.length < budget + postings.ring) this.#gathered = new Int32Array(budget + postings.ring)
    if (this.#listEnds.length < length) {
      this.#listEnds = new Int32Array(length * 2)
      this.#listWeights = new Float64Array(length * 2)
    }
    const gathered = this.#gathered
    let gatheredCount = 0
    let lists = 0
    for (let at = 0; at < length && budget > 0; at++) {
      const term = this.#rarest[at]!
      const held = postings.length(term)
      if (held === 0) continue
      if (at > 0 && held > budget) break
      const read = Math.min(held, budget, postings.ring)
      budget -= read
      postings.newest(term, read, gathered, gatheredCount)
      gatheredCount += read
      this.#listEnds[lists] = gatheredCount
      this.#listWeights[lists++] = this.#rarestWeights[at]!
    }

    // One list number per pair read and per single term's list.
    this.#startQuery(count / 2 + gatheredCount, count / 2 + lists)
    // The table's fields in locals: the loops below run a few hundred times per query.
    const hits = this.#hits
    const hitWeights = this.#hitWeight
    const shift = this.#hitShift
    const queryStart = this.#queryStart
    const indexed = this.indexed
    const metSlots = this.#touched
    let met = 0
    let pairRead = -1
    let reading = this.#reading
    for (let entry = 0; entry < count; entry += 2) {
      const holder = pairs[entry]!
      const pair = pairs[entry + 1]!
      if (pair !== pairRead) {
        pairRead = pair
        reading++
      }
      if (holder !== index && holder < indexed) met = tally(hits, hitWeights, shift, queryStart, metSlots, met, holder, termWeights[pair - 1]! + termWeights[pair]!, reading)
    }
    const listEnds = this.#listEnds
    const listWeights = this.#listWeights
    for (let list = 0, at = 0; list < lists; list++) {
      const weight = listWeights[list]!
      reading++
      for (const end = listEnds[list]!; at < end; at++) {
        const holder = gathered[at]!
        if (holder !== index) met = tally(hits, hitWeights, shift, queryStart, metSlots, met, holder, weight, reading)
      }
    }
    this.#touchedCount = met
    this.#reading = reading
    return this.#best(limit, out)
  }

  /**
   * A new query meeting `most` wordings at most, in `lists` lists at most:
   * a table twice that size at least, emptied by starting the list numbers
   * above those of every earlier query.
   */
  #startQuery(most: number, lists: number): void {
    const size = Math.max(1024, blockSize(2 * most))
    if (this.#hitWeight.length < size) {
      const bytes = new ArrayBuffer(size * hitBytes)
      this.#hits = new Int32Array(bytes)
      this.#hitWeight = new Float64Array(bytes)
      this.#hitShift = Math.clz32(size) + 1
      this.#reading = 0
    }
    if (this.#touched.length < most) this.#touched = new Int32Array(blockSize(most))
    if (this.#reading > 2 ** 31 - 2 - lists) {
      this.#hits.fill(0)
      this.#reading = 0
    }
    this.#queryStart = this.#reading + 1
  }

  /** The `limit` wordings counted most in this query, most first, ties in the order met (insertion into a short list). */
  #best(limit: number, best: Int32Array): number {
    const weights = this.#hitWeight
    const touched = this.#touched
    if (this.#bestWeights.length < limit) this.#bestWeights = new Float64Array(limit)
    // The weights of the list, beside it: no read through a slot per comparison.
    const bestWeights = this.#bestWeights
    let length = 0
    for (let at = 0, count = this.#touchedCount; at < count; at++) {
      const slot = touched[at]!
      const weight = weights[slot * 2 + hitWeight]!
      if (length === limit && weight <= bestWeights[limit - 1]!) continue
      let to = length === limit ? limit - 1 : length++
      while (to > 0 && bestWeights[to - 1]! < weight) {
        best[to] = best[to - 1]!
        bestWeights[to] = bestWeights[to - 1]!
        to--
      }
      best[to] = slot
      bestWeights[to] = weight
    }
    const hits = this.#hits
    for (let at = 0; at < length; at++) best[at] = hits[best[at]! * hitInts + hitHolder]!
    return length
  }

  #bestWeights: Float64Array = new Float64Array(16)

  /** The terms `terms[start … start + length)` rarest first into `#rarest` / `#rarestWeights`: an insertion sort, as wordings are short; ties keep their order. */
  #byRarity(terms: Int32Array, start: number, length: number, weights: Float64Array): void {
    if (this.#rarest.length < length) {
      this.#rarest = new Int32Array(length * 2)
      this.#rarestWeights = new Float64Array(length * 2)
    }
    const sorted = this.#rarest
    const sortedWeights = this.#rarestWeights
    if (length > 64) {
      // A long wording (a whole article quoted): a sort in n log n, not an insertion sort.
      const order = Array.from({length}, (_, at) => at).sort((a, b) => weights[b]! - weights[a]! || a - b)
      for (let at = 0; at < order.length; at++) {
        sorted[at] = terms[start + order[at]!]!
        sortedWeights[at] = weights[order[at]!]!
      }
      return
    }
    for (let at = 0; at < length; at++) {
      const weight = weights[at]!
      let to = at
      while (to > 0 && sortedWeights[to - 1]! < weight) {
        sorted[to] = sorted[to - 1]!
        sortedWeights[to] = sortedWeights[to - 1]!
        to--
      }
      sorted[to] = terms[start + at]!
      sortedWeights[to] = weight
    }
  }
}

/**
 * Count `weight` for wording `holder` in the query's table (`hits` and
 * `weights` over the same bytes; a slot whose list number is below
 * `queryStart` is free), once per list read (`reading`); a wording met for
 * the first time goes into `touched` at `met`. Returns the new `met`.
 */
function tally(hits: Int32Array, weights: Float64Array, shift: number, queryStart: number, touched: Int32Array, met: number, holder: number, weight: number, reading: number): number {
  const mask = (hits.length >> 2) - 1
  for (let slot = Math.imul(holder, 0x9e3779b1) >>> shift; ; slot = (slot + 1) & mask) {
    const at = slot * hitInts
    const read = hits[at + hitRead]!
    if (read < queryStart) {
      hits[at + hitRead] = reading
      hits[at + hitHolder] = holder
      weights[slot * 2 + hitWeight] = weight
      touched[met] = slot
      return met + 1
    }
    if (hits[at + hitHolder] !== holder) continue
    if (read !== reading) {
      hits[at + hitRead] = reading
      weights[slot * 2 + hitWeight]! += weight
    }
    return met
  }
}

/** A slot of the query's table: bytes, and its fields as 32-bit numbers (`#hits`) and as a 64-bit one (`#hitWeight`, at `slot * 2`). */
const hitBytes = 16
const hitInts = 4
const hitRead = 0
const hitHolder = 1
const hitWeight = 1
