/**
 * Postings: for each term, the clusters whose wordings hold it, newest last.
 *
 * The candidate search reads at most the newest `keep` clusters of a term,
 * and for the rest only how many there are, so each term keeps its newest
 * `keep` (rounded up to a power of two) in a ring and counts the others. A
 * common word then costs no more than a rare one, and memory is bounded by
 * the vocabulary, not the collection. Blocks live in one typed array and grow
 * by doubling, up to the ring (see `Blocks`).
 */

import {blockSize, Blocks} from './blocks.js'
import {grown} from './grown.js'

export class Postings {
  /** Entries kept per term, at most (a power of two). */
  readonly ring: number
  readonly #blocks = new Blocks()
  /** Per term, side by side (one cache line per term read): where its block starts, and how many entries were ever added. */
  #terms = new Int32Array(2 * 1024)

  constructor(keep: number) {
    let ring = 2
    while (ring < keep) ring *= 2
    this.ring = ring
  }

  /** How many clusters were posted under `term`. */
  length(term: number): number {
    return term * 2 < this.#terms.length ? this.#terms[term * 2 + termCount]! : 0
  }

  /**
   * Read what `length` and `newest` will read first for `term` (its entry,
   * the newest cluster posted): for a caller that touches all its terms
   * before reading them, so the processor overlaps the waits for memory.
   */
  touch(term: number): number {
    if (term * 2 >= this.#terms.length) return 0
    const count = this.#terms[term * 2 + termCount]!
    return count === 0 ? 0 : this.#blocks.pool[this.#terms[term * 2 + termStart]! + ((count - 1) & (capacity(count, this.ring) - 1))]!
  }

  /** The `back`-th newest cluster posted under `term` (0: the newest); `back` below `min(length, ring)`. */
  at(term: number, back: number): number {
    const count = this.#terms[term * 2 + termCount]!
    return this.#blocks.pool[this.#terms[term * 2 + termStart]! + ((count - 1 - back) & (capacity(count, this.ring) - 1))]!
  }

  /** Write the newest `read` clusters posted under `term` into `out` from `offset`, newest first; `read` at most `min(length, ring)`. */
  newest(term: number, read: number, out: Int32Array, offset: number): void {
    const count = this.#terms[term * 2 + termCount]!
    const pool = this.#blocks.pool
    const start = this.#terms[term * 2 + termStart]!
    const mask = capacity(count, this.ring) - 1
    for (let back = 0; back < read; back++) out[offset + back] = pool[start + ((count - 1 - back) & mask)]!
  }

  /** Post `cluster` under `term`, unless it is already the newest there. */
  add(term: number, cluster: number): void {
    if (term * 2 >= this.#terms.length) this.#terms = grown(this.#terms, Math.max(term + 1, this.#terms.length) * 2)
    const terms = this.#terms
    const count = terms[term * 2 + termCount]!
    if (count === 0) {
      terms[term * 2 + termStart] = this.#blocks.take(2)
    } else {
      if (this.at(term, 0) === cluster) return
      const size = capacity(count, this.ring)
      if (count === size && size < this.ring) terms[term * 2 + termStart] = this.#blocks.grow(terms[term * 2 + termStart]!, count, size * 2)
    }
    this.#blocks.pool[terms[term * 2 + termStart]! + (count & (capacity(count + 1, this.ring) - 1))] = cluster
    terms[term * 2 + termCount] = count + 1
  }
}

/** Fields of a term's entry in `#terms`. */
const termStart = 0
const termCount = 1

/** Entries in the block of a term that holds `count` entries: up to `ring`. */
function capacity(count: number, ring: number): number {
  return count >= ring ? ring : blockSize(count)
}
