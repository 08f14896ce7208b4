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
 * Pairs are hashed to 32 bits and kept in typed arrays (a chained hash
 * table), not a `Map`: there are about as many pairs as words in the
 * collection, more than a `Map` may hold at a million wordings. A hash
 * collision only adds a candidate, which the similarity check then rejects.
 */

/** Fields of an entry, side by side in one array (one cache line per entry read). */
const key = 0
const cluster = 1
const next = 2
/** How many entries hold the same pair, this one included (so the newest tells the total). */
const held = 3
const stride = 4

export class PairIndex {
  #heads = new Int32Array(1 << 14).fill(-1)
  #entries = new Int32Array(stride << 14)
  #count = 0
  /** Most clusters read for one pair: a pair held more often is never read, so it is no longer posted either. */
  readonly limit: number

  constructor(limit: number) {
    this.limit = limit
  }

  /** Post `cluster` under every pair of neighbours in `terms`. */
  add(terms: ArrayLike<number>, owner: number): void {
    for (let at = 1; at < terms.length; at++) {
      const pair = pairKey(terms[at - 1]!, terms[at]!)
      const newest = this.#newest(pair)
      if (newest !== -1 && (this.#entries[newest + cluster] === owner || this.#entries[newest + held]! > this.limit)) continue
      if ((this.#count + 1) * stride > this.#entries.length) this.#grow()
      const bucket = pair & (this.#heads.length - 1)
      const entry = this.#count++ * stride
      const entries = this.#entries
      entries[entry + key] = pair
      entries[entry + cluster] = owner
      entries[entry + next] = this.#heads[bucket]!
      entries[entry + held] = newest === -1 ? 1 : entries[newest + held]! + 1
      this.#heads[bucket] = entry
    }
  }

  /**
   * Write into `out` the clusters holding each pair of neighbours in
   * `terms`, as (cluster, at) couples (`at`: index of the pair's second
   * term), newest first; a pair held more than `limit` times is skipped: it
   * is a stock phrase and tells statements apart no better than its words.
   * A cluster comes once per member holding the pair. Returns how many
   * numbers were written (`out` is grown as needed and returned too).
   */
  collect(terms: ArrayLike<number>, out: Int32Array): {out: Int32Array; count: number} {
    const entries = this.#entries
    let count = 0
    for (let at = 1; at < terms.length; at++) {
      const pair = pairKey(terms[at - 1]!, terms[at]!)
      const newest = this.#newest(pair)
      if (newest === -1 || entries[newest + held]! > this.limit) continue
      for (let entry = newest; entry !== -1; entry = entries[entry + next]!) {
        if (entries[entry + key] !== pair) continue
        if (count + 2 > out.length) {
          const grown = new Int32Array(out.length * 2)
          grown.set(out)
          out = grown
        }
        out[count++] = entries[entry + cluster]!
        out[count++] = at
      }
    }
    return {out, count}
  }

  /** The newest entry for `pair`, or -1. */
  #newest(pair: number): number {
    const entries = this.#entries
    for (let entry = this.#heads[pair & (this.#heads.length - 1)]!; entry !== -1; entry = entries[entry + next]!) {
      if (entries[entry + key] === pair) return entry
    }
    return -1
  }

  /** Double the entries and the buckets, and chain the entries again. */
  #grow(): void {
    const entries = new Int32Array(this.#entries.length * 2)
    entries.set(this.#entries)
    this.#entries = entries
    this.#heads = new Int32Array(this.#heads.length * 2).fill(-1)
    const mask = this.#heads.length - 1
    // Oldest first, so that each chain stays newest first.
    for (let entry = 0; entry < this.#count * stride; entry += stride) {
      const bucket = entries[entry + key]! & mask
      entries[entry + next] = this.#heads[bucket]!
      this.#heads[bucket] = entry
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
