/**
 * Derivations: two different words of two wordings count as a partial
 * match when their stems begin with the same `derivationPrefix` letters:
 * “hospital” / “hospitalised”, “hygienists” / “hygiene”, “economy” /
 * “economic”, “organisers” / “organisation”. Porter strips inflections
 * but leaves most derivational suffixes, and translators turn a verb into a
 * noun as the sentence needs (“tested” / “testing” meet already; “decided”
 * / “decision” do not, and stay apart).
 *
 * Each stem of letters only, `derivationPrefix` letters or more, is keyed
 * by its first `derivationPrefix` letters (one key per stem, hashed to 32
 * bits); matching is one to one, after synonyms and spellings, and counts
 * `derivationWeight` × the smaller rarity weight.
 */

import {KeyedMatches, type KeyedSignal, stemKey} from './keyed-matches.js'
import type {Wordings} from './wordings.js'

/**
 * Letters two stems must share from their start. WMT21 de-en / cs-en F1
 * (with clear best pairs): 5 to 8 letters, or a weight of 0.5, all within
 * 0.2 of 92.3 / 88.7 (without derivations 92.5 / 88.5); before clear best
 * pairs, 6 letters gained cs-en 0.6. Six keeps “election” from “electric”.
 */
export const derivationPrefix = 6
/** What a derivation counts, as a share of the smaller weight of its two terms. */
export const derivationWeight = 0.85

const noKeys = new Int32Array(0)
/** Prefix keys differ from spelling keys of the same letters. */
const salt = 0x5bd1e995

/** The key of a stem's first `derivationPrefix` letters; none for a shorter stem or one with other than letters. */
export function derivationKeys(stem: string): Int32Array {
  if (stem.length < derivationPrefix || !/^\p{L}+$/u.test(stem)) return noKeys
  return Int32Array.of(stemKey(stem.slice(0, derivationPrefix), -1) ^ salt)
}

const derivationSignal: KeyedSignal = {keys: derivationKeys, accepts: () => true, weight: derivationWeight}

export class Derivations extends KeyedMatches {
  constructor(wordings: Wordings) {
    super(wordings, derivationSignal)
  }
}
