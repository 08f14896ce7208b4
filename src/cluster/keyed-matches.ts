/**
 * A soft match found through keys: two different terms of two wordings
 * count as a partial match when they share a key of their stems (one-edit
 * deletions for spellings, a long prefix for derivations). The marked
 * wording's keys sit in a small open-addressed table, so a comparison is a
 * few lookups per term, never a comparison per pair of words. Matching is
 * one to one, between terms the other wording lacks and that no earlier
 * signal matched, and counts `weight` × the smaller rarity weight.
 */

import {SoftMatches} from './soft-matches.js'
import type {Wordings} from './wordings.js'

/** What an earlier soft signal (synonyms, spellings) says of the last comparison. */
export interface EarlierMatches {
  /** Whether marked term `term` was matched. */
  used(term: number): boolean
  /** The marked term that term `term` of the other wording was matched to, or -1. */
  partner(term: number): number
}

export interface KeyedSignal {
  /** The keys of a stem (none: the stem is never matched this way). */
  keys(stem: string): Int32Array
  /** Whether two stems that share a key are a match. */
  accepts(stem: string, other: string): boolean
  /** What a match counts, as a share of the smaller weight of its two terms. */
  weight: number
}

/** Hash of `stem` without the letter at `skip` (-1: none), FNV-1a, to 32 bits. */
export function stemKey(stem: string, skip: number): number {
  let hash = 0x811c9dc5
  for (let at = 0; at < stem.length; at++) {
    if (at === skip) continue
    hash = Math.imul(hash ^ stem.charCodeAt(at), 0x01000193)
  }
  // Tell deletions apart from a whole stem of the same letters only by length: both are fine.
  return hash | 0
}

/** No earlier signal. */
const noEarlier: readonly EarlierMatches[] = []

/** The keys of a term not looked up yet (never a signal's answer). */
const notLookedUp = new Int32Array(0)

export class KeyedMatches {
  readonly #wordings: Wordings
  readonly #signal: KeyedSignal
  /** Per term id: its keys, once looked up (`notLookedUp` before). */
  readonly #keys: Int32Array[] = []
  /** The marked wording's keys, open-addressed: key, stamp, and the marked term holding it. */
  #tableKeys = new Int32Array(256)
  #tableStamps = new Int32Array(256)
  #tableTerms = new Int32Array(256)
  #mark = 0
  #markedHasKeys = false
  readonly #matches = new SoftMatches()

  constructor(wordings: Wordings, signal: KeyedSignal) {
    this.#wordings = wordings
    this.#signal = signal
  }

  #of(term: number): Int32Array {
    const known = this.#keys
    // Filled up to the term with `notLookedUp`: a list written at scattered places would turn into a dictionary.
    while (known.length <= term) known.push(notLookedUp)
    let keys = known[term]!
    if (keys === notLookedUp) {
      keys = this.#signal.keys(this.#wordings.vocabulary.stems[term]!)
      known[term] = keys
    }
    return keys
  }

  /** Whether term `term` has a key (so that this signal may match it). */
  has(term: number): boolean {
    return this.#of(term).length > 0
  }

  /** Stamp the keys of the marked wording's terms (the first term holding a key answers for it). */
  mark(terms: ArrayLike<number>): void {
    const mark = ++this.#mark
    this.#markedHasKeys = false
    let count = 0
    for (let at = 0; at < terms.length; at++) count += this.#of(terms[at]!).length
    if (count === 0) return
    this.#markedHasKeys = true
    let size = this.#tableKeys.length
    while (size < count * 2) size *= 2
    if (size !== this.#tableKeys.length) {
      this.#tableKeys = new Int32Array(size)
      this.#tableStamps = new Int32Array(size)
      this.#tableTerms = new Int32Array(size)
    }
    const mask = size - 1
    for (let at = 0; at < terms.length; at++) {
      const keys = this.#of(terms[at]!)
      for (let each = 0; each < keys.length; each++) {
        const key = keys[each]!
        let slot = key & mask
        while (this.#tableStamps[slot] === mark && this.#tableKeys[slot] !== key) slot = (slot + 1) & mask
        if (this.#tableStamps[slot] === mark) continue
        this.#tableStamps[slot] = mark
        this.#tableKeys[slot] = key
        this.#tableTerms[slot] = terms[at]!
      }
    }
  }

  /** The marked term holding `key`, or -1. */
  #lookup(key: number): number {
    const mask = this.#tableKeys.length - 1
    for (let slot = key & mask; this.#tableStamps[slot] === this.#mark; slot = (slot + 1) & mask) {
      if (this.#tableKeys[slot] === key) return this.#tableTerms[slot]!
    }
    return -1
  }

  /**
   * The weight this signal adds between the marked wording and `other`:
   * each term of `other` the marked one lacks (and no earlier signal
   * matched) to at most one such term of the marked one.
   */
  shared(other: ArrayLike<number>, isMarked: (term: number) => boolean, earlier: readonly EarlierMatches[] = noEarlier): number {
    const matches = this.#matches
    // Nothing to match with (a marked wording of short words only): no partner is left from the last comparison.
    if (!this.#markedHasKeys) {
      matches.none()
      return 0
    }
    matches.begin(other, this.#wordings.vocabulary.size)
    const stems = this.#wordings.vocabulary.stems
    let added = 0
    for (let at = 0; at < other.length; at++) {
      const term = other[at]!
      // Keys first (most terms have none for one signal or the other), then the marked wording and
      // earlier signals: loops, not `some` with a closure, which took a new context per term.
      const keys = this.#of(term)
      if (keys.length === 0 || isMarked(term) || partnered(earlier, term)) continue
      for (let each = 0; each < keys.length; each++) {
        const match = this.#lookup(keys[each]!)
        if (match === -1 || !matches.free(match) || usedBy(earlier, match)) continue
        if (!this.#signal.accepts(stems[term]!, stems[match]!)) continue
        matches.take(term, match)
        added += this.#signal.weight * Math.min(this.#wordings.weight(term), this.#wordings.weight(match))
        break
      }
    }
    return added
  }

  /** Whether marked term `term` was matched in the last `shared` call. */
  used(term: number): boolean {
    return this.#matches.used(term)
  }

  /** The marked term that term `term` of the other wording was matched to in the last `shared` call, or -1. */
  partner(term: number): number {
    return this.#matches.partner(term)
  }
}

/** Whether an earlier signal matched term `term` of the other wording. */
function partnered(earlier: readonly EarlierMatches[], term: number): boolean {
  for (let at = 0; at < earlier.length; at++) if (earlier[at]!.partner(term) !== -1) return true
  return false
}

/** Whether an earlier signal used marked term `term`. */
function usedBy(earlier: readonly EarlierMatches[], term: number): boolean {
  for (let at = 0; at < earlier.length; at++) if (earlier[at]!.used(term)) return true
  return false
}
