/**
 * An index of neighbouring content terms (“humanitarian act”, “long-term
 * relations”), unordered, to the clusters whose wordings hold them.
 *
 * A fragment is cut from one wording, so every pair of neighbours it holds is
 * in that wording too, however common each word is alone; two translations of
 * one remark share several such pairs. A pair is far rarer than either of its
 * words, so its list of clusters stays short where a single term's would run
 * to thousands: the index for containment and the tie-breaker that single
 * rare terms need.
 *
 * Pairs are hashed to 32 bits and kept in typed arrays, not a `Map`: there
 * are about as many pairs as words in the collection, more than a `Map` may
 * hold at a million wordings. The table is open-addressed and each slot holds
 * the pair's newest cluster itself, so the usual lookup (a pair nobody else
 * holds) reads one cache line; older holders are kept together in a block
 * of a second array (see `Blocks`). A
 * hash collision only adds a candidate, which the similarity check then
 * rejects.
 */

import {blockSize, Blocks} from './blocks.js'
import {grown} from './grown.js'

/** Fields of a slot, side by side in one array (one cache line per slot read). */
const key = 0
const newestCluster = 1
/** How many clusters hold the pair (0: an empty slot). */
const held = 2
/** Where the older holders start in `#older` (a block of `Blocks`, -1: none): `held - 1` of them, oldest first. */
const olderHolders = 3
const stride = 4
/** Slots filled, at most, before the table doubles (linear probing stays short below this). */
const maxLoad = 0.75

export class PairIndex {
  #slots = new Int32Array(stride << 14)
  #mask = (1 << 14) - 1
  #count = 0
  readonly #older = new Blocks()
  #keys = new Int32Array(64)
  /** Read by nobody: keeps the touching reads in `collect` from being optimised away. */
  #sink = 0
  /** Most clusters read for one pair: a pair held more often is never read, so it is no longer posted either. */
  readonly limit: number

  constructor(limit: number) {
    this.limit = limit
  }

  /**
   * Post `owner` under every pair of neighbours in `terms`, but for a pair
   * with a term that no other wording holds (`frequencies[term] < 2`): most
   * such pairs are never met again, and a wording that meets one later finds
   * the cluster through that term's own postings, short as they are then.
   * Only `terms[start … end)` are read (a wording in the store's pool).
   */
  add(terms: ArrayLike<number>, owner: number, frequencies: ArrayLike<number>, start = 0, end = terms.length): void {
    const keys = this.#touchPairs(terms, frequencies, start, end)
    for (let at = 1; at < end - start; at++) {
      const pair = keys[at]!
      // 0: a pair with a term no other wording holds (or a pair whose key is 0, given up, one in four billion).
      if (pair === 0) continue
      const slot = this.#find(pair)
      const slots = this.#slots
      if (slots[slot + held] === 0) {
        slots[slot + key] = pair
        slots[slot + newestCluster] = owner
        slots[slot + held] = 1
        slots[slot + olderHolders] = -1
        if (++this.#count > (this.#mask + 1) * maxLoad) this.#grow()
        continue
      }
      const holders = slots[slot + held]!
      if (slots[slot + newestCluster] === owner || holders > this.limit) continue
      // The newest holder moves to the block of older ones, which grows by doubling.
      const older = holders - 1
      let start = slots[slot + olderHolders]!
      if (older === 0) start = this.#older.take(2)
      else if (older === blockSize(older)) start = this.#older.grow(start, older, older * 2)
      this.#older.pool[start + older] = slots[slot + newestCluster]!
      slots[slot + newestCluster] = owner
      slots[slot + held] = holders + 1
      if (holders + 1 > this.limit) {
        // A stock phrase now: never read again, so its holders go.
        this.#older.give(start, blockSize(holders))
        start = -1
      }
      slots[slot + olderHolders] = start
    }
  }

  /**
   * Write into `out` the clusters holding each pair of neighbours in
   * `terms`, as (cluster, at) couples (`at`: index of the pair's second
   * term), newest first; a pair held more than `limit` times is skipped: it
   * is a stock phrase and tells statements apart no better than its words.
   * A cluster comes once per run of members holding the pair; a pair with a
   * term held by one wording only is not looked up (see `add`). Only
   * `terms[start … end)` are read, and `at` counts from `start`. Returns how
   * many numbers were written (`out` is grown as needed and returned too).
   */
  collect(terms: ArrayLike<number>, out: Int32Array, frequencies: ArrayLike<number>, start = 0, end = terms.length): {out: Int32Array; count: number} {
    const slots = this.#slots
    const older = this.#older.pool
    const keys = this.#touchPairs(terms, frequencies, start, end)
    let count = 0
    for (let at = 1; at < end - start; at++) {
      if (keys[at] === 0) continue
      const slot = this.#find(keys[at]!)
      const holders = slots[slot + held]!
      if (holders === 0 || holders > this.limit) continue
      if (count + 2 * holders > out.length) out = grown(out, Math.max(out.length * 2, count + 2 * holders))
      out[count++] = slots[slot + newestCluster]!
      out[count++] = at
      const first = slots[slot + olderHolders]!
      for (let entry = first + holders - 2; entry >= first; entry--) {
        out[count++] = older[entry]!
        out[count++] = at
      }
    }
    return {out, count}
  }

  /** Touch the home slots of the pairs of `terms[start … end)` (see `#touchPairs`); returns what nobody reads. */
  touch(terms: ArrayLike<number>, frequencies: ArrayLike<number>, start: number, end: number): number {
    this.#touchPairs(terms, frequencies, start, end)
    return this.#sink
  }

  /**
   * The key of each pair of neighbours in `terms[start … end)` (index: the
   * pair's second term, from `start`; 0: a pair with a term no other wording
   * holds, not looked up, or a pair whose key is 0, given up, one in four
   * billion), each pair's home slot touched on the way: independent reads the
   * processor overlaps, where the lookups after, one after another, would
   * each wait for memory (the table outgrows the caches).
   */
  #touchPairs(terms: ArrayLike<number>, frequencies: ArrayLike<number>, start: number, end: number): Int32Array {
    const keys = this.#keysFor(end - start)
    const slots = this.#slots
    const mask = this.#mask
    let touched = 0
    for (let at = start + 1; at < end; at++) {
      if (frequencies[terms[at - 1]!]! < 2 || frequencies[terms[at]!]! < 2) {
        keys[at - start] = 0
        continue
      }
      const pair = pairKey(terms[at - 1]!, terms[at]!)
      keys[at - start] = pair
      touched |= slots[(pair & mask) * stride + held]!
    }
    this.#sink = touched
    return keys
  }

  /** The scratch array of pair keys, room for `length`. */
  #keysFor(length: number): Int32Array {
    if (this.#keys.length < length) this.#keys = new Int32Array(length * 2)
    return this.#keys
  }

  /** The slot holding `pair`, or the empty slot where it would go. */
  #find(pair: number): number {
    const slots = this.#slots
    const mask = this.#mask
    let probe = pair & mask
    while (slots[probe * stride + held] !== 0 && slots[probe * stride + key] !== pair) probe = (probe + 1) & mask
    return probe * stride
  }

  /** Double the table and place every pair again. */
  #grow(): void {
    const old = this.#slots
    const slots = new Int32Array(old.length * 2)
    this.#slots = slots
    this.#mask = this.#mask * 2 + 1
    for (let slot = 0; slot < old.length; slot += stride) {
      if (old[slot + held] === 0) continue
      const to = this.#find(old[slot + key]!)
      for (let field = 0; field < stride; field++) slots[to + field] = old[slot + field]!
    }
  }
}

/** A 32-bit key for an unordered pair of term ids (order-free: a translation may turn a phrase around). */
export function pairKey(a: number, b: number): number {
  const low = a < b ? a : b
  const high = a < b ? b : a
  let hash = Math.imul(low ^ 0x9e3779b9, 0x85ebca6b)
  hash = Math.imul(hash ^ (hash >>> 13) ^ high, 0xc2b2ae35)
  hash ^= Math.imul(high, 0x27d4eb2f)
  return (hash ^ (hash >>> 16)) | 0
}
