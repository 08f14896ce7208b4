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
  /** Per term: where its block starts. */
  #start = new Int32Array(1024)
  /** Per term: how many entries were ever added. */
  #count = new Int32Array(1024)

  constructor(keep: number) {
    let ring = 2
    while (ring < keep) ring *= 2
    this.ring = ring
  }

  /** How many clusters were posted under `term`. */
  length(term: number): number {
    return term < this.#count.length ? this.#count[term]! : 0
  }

  /** The `back`-th newest cluster posted under `term` (0: the newest); `back` below `min(length, ring)`. */
  at(term: number, back: number): number {
    const count = this.#count[term]!
    return this.#blocks.pool[this.#start[term]! + ((count - 1 - back) & (capacity(count, this.ring) - 1))]!
  }

  /** Write the newest `read` clusters posted under `term` into `out` from `offset`, newest first; `read` at most `min(length, ring)`. */
  newest(term: number, read: number, out: Int32Array, offset: number): void {
    const count = this.#count[term]!
    const pool = this.#blocks.pool
    const start = this.#start[term]!
    const mask = capacity(count, this.ring) - 1
    for (let back = 0; back < read; back++) out[offset + back] = pool[start + ((count - 1 - back) & mask)]!
  }

  /** Post `cluster` under `term`, unless it is already the newest there. */
  add(term: number, cluster: number): void {
    if (term >= this.#count.length) {
      const length = Math.max(term + 1, this.#count.length * 2)
      this.#start = grown(this.#start, length)
      this.#count = grown(this.#count, length)
    }
    const count = this.#count[term]!
    if (count === 0) {
      this.#start[term] = this.#blocks.take(2)
    } else {
      if (this.at(term, 0) === cluster) return
      const size = capacity(count, this.ring)
      if (count === size && size < this.ring) this.#start[term] = this.#blocks.grow(this.#start[term]!, count, size * 2)
    }
    this.#blocks.pool[this.#start[term]! + (count & (capacity(count + 1, this.ring) - 1))] = cluster
    this.#count[term] = count + 1
  }

}

/** Entries in the block of a term that holds `count` entries: up to `ring`. */
function capacity(count: number, ring: number): number {
  return count >= ring ? ring : blockSize(count)
}
