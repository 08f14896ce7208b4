/**
 * Near-identical spellings: two different words of two wordings count as a
 * partial match when one edit (a letter changed, added, dropped, or two
 * neighbours swapped) turns one stem into the other: “Sassuolo” / “Sasuolo”,
 * “Djuričič” / “Đuričić”, “colour” / “color”, “recognise” / “recognize”.
 * Translators and reporters transliterate names their own way, and typos
 * cost a rare word its whole weight.
 *
 * Each stem of `minSpellingLength` letters or more (letters only: “A109” and
 * “A110”, “1998” and “1999” are different things) is keyed by itself and
 * by each of its one-letter deletions, hashed to 32 bits (symmetric
 * deletion, as in SymSpell): two stems one edit apart share a key, so a
 * comparison is a few table lookups, never an edit distance per pair.
 * Matching is one to one, between terms the other wording lacks and that no
 * synonym matched, and counts `spellingWeight` × the smaller rarity weight.
 */

import {grown} from './grown.js'
import {SoftMatches} from './soft-matches.js'
import type {Synonyms} from './synonyms.js'
import type {Wordings} from './wordings.js'

/** What a spelling match counts, as a share of the smaller weight of its two terms. */
export const spellingWeight = 0.85
/** Shortest stem compared by spelling, and shortest longer stem of a match: shorter words one letter apart are often other words (“court” / “count”), while Porter leaves names short (“Djuričić” → `djuric`). Lengths 5 to 7 measured alike on WMT21. */
export const minSpellingLength = 5
export const minLongerLength = 6

const noKeys = new Int32Array(0)

/** Hash of `stem` without the letter at `skip` (-1: none), FNV-1a. */
function keyOf(stem: string, skip: number): number {
  let hash = 0x811c9dc5
  for (let at = 0; at < stem.length; at++) {
    if (at === skip) continue
    hash = Math.imul(hash ^ stem.charCodeAt(at), 0x01000193)
  }
  // Tell deletions apart from a whole stem of the same letters only by length: both are fine.
  return hash | 0
}

/** The stem and its one-letter deletions, hashed; none for a short stem or one with other than letters. */
export function spellingKeys(stem: string): Int32Array {
  if (stem.length < minSpellingLength || !/^\p{L}+$/u.test(stem)) return noKeys
  const keys = new Int32Array(stem.length + 1)
  keys[0] = keyOf(stem, -1)
  for (let at = 0; at < stem.length; at++) keys[at + 1] = keyOf(stem, at)
  return keys
}

export class Spellings {
  readonly #wordings: Wordings
  /** The marked wording's keys, open-addressed: key, stamp, and the marked term holding it. */
  #tableKeys = new Int32Array(256)
  #tableStamps = new Int32Array(256)
  #tableTerms = new Int32Array(256)
  #mark = 0
  #markedHasKeys = false
  readonly #matches = new SoftMatches()

  constructor(wordings: Wordings) {
    this.#wordings = wordings
  }

  /**
   * Per term id, side by side: where its keys start in `#keyPool`, and how
   * many + 1 (0: not looked up yet). Numbers in two arrays, not an array per
   * term: one read tells that most terms have none.
   */
  #keyIndex = new Int32Array(2 * 1024)
  #keyPool = new Int32Array(4096)
  #keyPoolLength = 0

  /** How many keys term `term` has (from `#keyIndex[2 * term]` in `#keyPool`); looked up once per term. */
  #keyCount(term: number): number {
    if (term * 2 >= this.#keyIndex.length) this.#keyIndex = grown(this.#keyIndex, Math.max(term + 1, this.#keyIndex.length) * 2)
    const stored = this.#keyIndex[term * 2 + 1]!
    if (stored !== 0) return stored - 1
    const keys = spellingKeys(this.#wordings.vocabulary.stems[term]!)
    const start = this.#keyPoolLength
    if (start + keys.length > this.#keyPool.length) this.#keyPool = grown(this.#keyPool, Math.max(this.#keyPool.length * 2, start + keys.length))
    this.#keyPool.set(keys, start)
    this.#keyPoolLength += keys.length
    this.#keyIndex[term * 2] = start
    this.#keyIndex[term * 2 + 1] = keys.length + 1
    return keys.length
  }

  /** Stamp the keys of the marked wording's terms (the first term holding a key answers for it). */
  mark(terms: ArrayLike<number>): void {
    const mark = ++this.#mark
    this.#markedHasKeys = false
    let count = 0
    for (let at = 0; at < terms.length; at++) count += this.#keyCount(terms[at]!)
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
    const pool = this.#keyPool
    for (let at = 0; at < terms.length; at++) {
      const start = this.#keyIndex[terms[at]! * 2]!
      const end = start + this.#keyCount(terms[at]!)
      for (let each = start; each < end; each++) {
        const key = pool[each]!
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
   * The weight near-identical spellings add between the marked wording and
   * `other`: each term of `other` the marked one lacks (and no synonym
   * matched) to at most one such term of the marked one.
   */
  shared(other: ArrayLike<number>, isMarked: (term: number) => boolean, synonyms?: Synonyms): number {
    const matches = this.#matches
    // Nothing to match with (a marked wording of short words only): no partner is left from the last comparison.
    if (!this.#markedHasKeys) {
      matches.none()
      return 0
    }
    matches.begin(other, this.#wordings.vocabulary.size)
    let added = 0
    for (let at = 0; at < other.length; at++) {
      const term = other[at]!
      if (isMarked(term) || (synonyms && synonyms.partner(term) !== -1)) continue
      const count = this.#keyCount(term)
      const start = this.#keyIndex[term * 2]!
      for (let each = start; each < start + count; each++) {
        const match = this.#lookup(this.#keyPool[each]!)
        if (match === -1 || !matches.free(match)) continue
        if (synonyms && synonyms.used(match)) continue
        const stems = this.#wordings.vocabulary.stems
        if (Math.max(stems[term]!.length, stems[match]!.length) < minLongerLength) continue
        matches.take(term, match)
        added += spellingWeight * Math.min(this.#wordings.weight(term), this.#wordings.weight(match))
        break
      }
    }
    return added
  }

  /** The marked term that term `term` of the other wording was matched to in the last `shared` call, or -1. */
  partner(term: number): number {
    return this.#matches.partner(term)
  }
}
