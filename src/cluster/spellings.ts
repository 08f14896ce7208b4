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

import {KeyedMatches, type KeyedSignal, stemKey} from './keyed-matches.js'
import type {Wordings} from './wordings.js'

/** What a spelling match counts, as a share of the smaller weight of its two terms. */
export const spellingWeight = 0.85
/** Shortest stem compared by spelling, and shortest longer stem of a match: shorter words one letter apart are often other words (“court” / “count”), while Porter leaves names short (“Djuričić” → `djuric`). Lengths 5 to 7 measured alike on WMT21. */
export const minSpellingLength = 5
export const minLongerLength = 6

const noKeys = new Int32Array(0)

/** The stem and its one-letter deletions, hashed; none for a short stem or one with other than letters. */
export function spellingKeys(stem: string): Int32Array {
  if (stem.length < minSpellingLength || !/^\p{L}+$/u.test(stem)) return noKeys
  const keys = new Int32Array(stem.length + 1)
  keys[0] = stemKey(stem, -1)
  for (let at = 0; at < stem.length; at++) keys[at + 1] = stemKey(stem, at)
  return keys
}

const spellingSignal: KeyedSignal = {
  keys: spellingKeys,
  accepts: (stem, other) => Math.max(stem.length, other.length) >= minLongerLength,
  weight: spellingWeight
}

export class Spellings extends KeyedMatches {
  constructor(wordings: Wordings) {
    super(wordings, spellingSignal)
  }
}
