/**
 * The similarity of one wording (the one marked) to others, in parts:
 *
 * - `words`: the rarity weight of the terms they share (weighted Jaccard for
 *   two full wordings, the share of the fragment's weight for containment);
 * - `synonyms`: unmatched terms of the two that share a WordNet synonym set
 *   count as a part of a match (see `synonyms.ts`), added to `words`;
 * - `spellings`: unmatched terms one edit apart (“Sassuolo” / “Sasuolo”)
 *   count the same way (see `spellings.ts`), added to `words`;
 * - `derivations`: unmatched terms whose stems share a long start
 *   (“hospital” / “hospitalised”) count the same way (see `derivations.ts`),
 *   added to `words`;
 * - `pairs`: the same measure on pairs of neighbouring terms (word order);
 * - `overlap`: `words` and `pairs` mixed by `wordOrder`;
 * - `contained`: the share of the lighter wording found in the other, word
 *   order counting `fragmentOrderFactor` times as much;
 * - `exact`, `soft`, `shared`: how many terms the two share exactly and by a
 *   soft match, and the weight of the exact ones (for `evidence.ts`).
 *
 * The marked wording's terms are stamped in an array for constant-time
 * lookups, and its pairs in a small open-addressed set. The parts object is
 * reused: read it before the next call.
 */

import {floatFields} from '../shapes.js'
import {blockSize} from './blocks.js'
import {pairKey} from './pairs.js'
import {containment, overlap} from './similarity.js'
import type {Derivations} from './derivations.js'
import type {Spellings} from './spellings.js'
import {softWeight, type Synonyms} from './synonyms.js'
import type {EarlierMatches} from './keyed-matches.js'
import {SoftTerms} from './soft-terms.js'
import type {Wordings} from './wordings.js'

/** Slot of a term in a table of `2 ** (32 - shift)` slots: multiplicative hashing, as term ids are dense. */
function termSlot(term: number, shift: number): number {
  return Math.imul(term, 0x9e3779b1) >>> shift
}

/** Share of the lighter wording's weight two must share before synonyms are looked for. */
const minSharedForSynonyms = 0.15

/**
 * How many times more word order counts in a fragment's containment than in
 * the similarity of two full wordings. A fragment is cut from its wording,
 * so its words stand side by side there too; a translation reorders whole
 * phrases. A short sentence whose words are merely scattered through a long
 * one (a headline and its article's lead: “The flaw has been removed.” /
 * “The bank has removed the flaw and returned money to the clients.”) is not
 * its fragment. WMT21 (defaults): factor 1 de-en / cs-en F1 91.0 / 85.7,
 * 1.6 (0.4 of a fragment's containment) 91.2 / 85.9; 2 loses a translated
 * fragment's synonym (“give in” for “bow”).
 */
export const fragmentOrderFactor = 1.6

export interface ScoreParts {
  /** Words alone (synonyms included), as an overlap of the two. */
  words: number
  /** Pairs of neighbouring terms alone, as an overlap of the two. */
  pairs: number
  /** The weight synonyms added to the shared weight. */
  synonyms: number
  /** The weight near-identical spellings added to the shared weight. */
  spellings: number
  /** The weight derivations (a shared start of stems) added to the shared weight. */
  derivations: number
  /** Two full wordings: `words` and `pairs` mixed by `wordOrder`. */
  overlap: number
  /** A fragment: the share of the lighter wording's weight found in the other, its pairs mixed in by `fragmentOrderFactor` × `wordOrder` (at most 1). */
  contained: number
  /** Terms the two share exactly. */
  exact: number
  /** Terms matched by a soft signal (synonym, spelling, derivation). */
  soft: number
  /** Weight of the terms shared exactly (soft matches add `synonyms`, `spellings`, `derivations`). */
  shared: number
}

export class Scorer {
  readonly #wordings: Wordings
  readonly #wordOrder: number
  /** Share of word order in `contained`: `fragmentOrderFactor` × `wordOrder`, at most 1. */
  readonly #fragmentOrder: number
  readonly #synonyms: Synonyms | undefined
  readonly #spellings: Spellings | undefined
  readonly #derivations: Derivations | undefined
  // Weights stored as floating point from the start; `exact` and `soft` are counts.
  readonly parts: ScoreParts = floatFields({words: 0.5, pairs: 0.5, synonyms: 0.5, spellings: 0.5, derivations: 0.5, overlap: 0.5, contained: 0.5, exact: 0, soft: 0, shared: 0.5})
  /** The marked wording (-1: none). */
  marked = -1
  /**
   * The marked wording's terms and their weights, open-addressed (stamped
   * with the mark): a few hundred bytes that stay in the first-level cache,
   * where an array over the vocabulary would miss it at every term of every
   * wording compared.
   */
  #markedTerms: Int32Array = new Int32Array(0)
  #markedTermStamps: Int32Array = new Int32Array(0)
  #markedTermWeights: Float64Array = new Float64Array(0)
  /** Right shift of a term's multiplicative hash to a slot of `#markedTerms`. */
  #termShift = 32
  #mark = 0
  #markedPairs: Int32Array = new Int32Array(0)
  #markedPairStamps: Int32Array = new Int32Array(0)
  #sharedPairs = 0
  #shared = 0
  /** Terms shared exactly, and matched softly, in the last `#count`. */
  #exact = 0
  #soft = 0
  /** The marked wording's weight and pair weight, read once per mark. */
  #markedWeight = 0
  #markedPairWeight = 0

  constructor(wordings: Wordings, wordOrder: number, synonyms?: Synonyms, spellings?: Spellings, derivations?: Derivations) {
    this.#wordings = wordings
    this.#wordOrder = wordOrder
    this.#fragmentOrder = Math.min(1, fragmentOrderFactor * wordOrder)
    this.#synonyms = synonyms
    this.#spellings = spellings
    this.#derivations = derivations
    this.#earlier = synonyms ? [synonyms] : []
    this.#beforeDerivations = [...this.#earlier, ...(spellings ? [spellings] : [])]
    this.#softTerms = new SoftTerms([synonyms, spellings, derivations].filter((signal) => signal !== undefined))
  }

  /** The weights of the marked wording's terms, in order (scratch). */
  #weights = new Float64Array(64)
  /** Which terms the soft signals can match, and whether the marked wording holds one. */
  readonly #softTerms: SoftTerms
  #softMarked = false

  /** The soft signals run before spellings, and before derivations: a term is matched by one signal at most. */
  readonly #earlier: readonly EarlierMatches[]
  readonly #beforeDerivations: readonly EarlierMatches[]

  /** Mark wording `index`: the one the next calls compare with others. */
  mark(index: number): void {
    const wordings = this.#wordings
    this.marked = index
    this.#markedWeight = wordings.itemWeight(index)
    this.#markedPairWeight = wordings.pairWeight(index)
    this.#mark++
    const terms = wordings.scratchTerms(index)
    const size = Math.max(64, blockSize(4 * terms.length))
    if (this.#markedTerms.length < size) {
      this.#markedTerms = new Int32Array(size)
      this.#markedTermStamps = new Int32Array(size)
      this.#markedTermWeights = new Float64Array(size)
      this.#termShift = Math.clz32(size) + 1
    }
    const termMask = this.#markedTerms.length - 1
    if (this.#weights.length < terms.length) this.#weights = new Float64Array(terms.length * 2)
    wordings.weightsOf(index, this.#weights)
    for (let at = 0; at < terms.length; at++) {
      // Terms of a wording are distinct: each takes a slot of its own.
      let slot = termSlot(terms[at]!, this.#termShift)
      while (this.#markedTermStamps[slot] === this.#mark) slot = (slot + 1) & termMask
      this.#markedTerms[slot] = terms[at]!
      this.#markedTermStamps[slot] = this.#mark
      this.#markedTermWeights[slot] = this.#weights[at]!
    }
    // A wording none of whose terms a soft signal can match is not marked for them, nor re-scored by them.
    this.#softMarked = this.#softTerms.any(terms)
    if (this.#softMarked) {
      this.#synonyms?.mark(terms)
      this.#spellings?.mark(terms)
      this.#derivations?.mark(terms)
    }
    if (this.#markedPairs.length < size) {
      this.#markedPairs = new Int32Array(size)
      this.#markedPairStamps = new Int32Array(size)
    }
    const mask = this.#markedPairs.length - 1
    for (let at = 1; at < terms.length; at++) {
      const pair = pairKey(terms[at - 1]!, terms[at]!)
      let slot = pair & mask
      while (this.#markedPairStamps[slot] === this.#mark) slot = (slot + 1) & mask
      this.#markedPairs[slot] = pair
      this.#markedPairStamps[slot] = this.#mark
    }
  }

  /** The slot of marked term `term` in `#markedTerms`, or -1: not marked. */
  #slotOf(term: number): number {
    const terms = this.#markedTerms
    const stamps = this.#markedTermStamps
    const mask = terms.length - 1
    const mark = this.#mark
    for (let slot = termSlot(term, this.#termShift); stamps[slot] === mark; slot = (slot + 1) & mask) {
      if (terms[slot] === term) return slot
    }
    return -1
  }

  readonly #isMarked = (term: number): boolean => this.#slotOf(term) !== -1

  /** The similarity of the marked wording and wording `other`, in parts. */
  compare(other: number): ScoreParts {
    this.#count(other)
    const wordings = this.#wordings
    const parts = this.parts
    const order = this.#wordOrder
    const weight = wordings.itemWeight(other)
    const markedWeight = this.#markedWeight
    // Soft matches re-score only a pair that already shares a fair part of its weight: the rest cannot reach a threshold.
    let synonyms = 0
    let spellings = 0
    let derivations = 0
    if (this.#softMarked && this.#shared >= minSharedForSynonyms * Math.min(weight, markedWeight)) {
      const terms = wordings.scratchTerms(other)
      if (this.#synonyms) synonyms = this.#synonyms.shared(terms, this.#isMarked)
      if (this.#spellings) spellings = this.#spellings.shared(terms, this.#isMarked, this.#earlier)
      if (this.#derivations) derivations = this.#derivations.shared(terms, this.#isMarked, this.#beforeDerivations)
    }
    const soft = synonyms + spellings + derivations
    // A pair of neighbours that holds a soft match is the marked wording's pair too, at the weight of a soft match.
    if (soft > 0) this.#count(other, true)
    const shared = this.#shared + soft
    const pairWeight = wordings.pairWeight(other)
    const markedPairWeight = this.#markedPairWeight
    parts.exact = this.#exact
    parts.soft = soft > 0 ? this.#soft : 0
    parts.shared = this.#shared
    parts.synonyms = synonyms
    parts.spellings = spellings
    parts.derivations = derivations
    parts.words = overlap(shared, weight, markedWeight)
    parts.pairs = overlap(this.#sharedPairs, pairWeight, markedPairWeight)
    parts.overlap = (1 - order) * parts.words + order * parts.pairs
    const lighter = Math.min(weight, markedWeight)
    const lighterPairs = weight <= markedWeight ? pairWeight : markedPairWeight
    const words = Math.min(1, containment(shared, lighter))
    const fragmentOrder = this.#fragmentOrder
    parts.contained = lighterPairs === 0 ? words : (1 - fragmentOrder) * words + fragmentOrder * containment(this.#sharedPairs, lighterPairs)
    return parts
  }

  /** The marked term a soft match gave term `term` of the other wording, or -1. */
  #partner(term: number): number {
    const synonym = this.#synonyms ? this.#synonyms.partner(term) : -1
    if (synonym !== -1) return synonym
    const spelling = this.#spellings ? this.#spellings.partner(term) : -1
    if (spelling !== -1) return spelling
    return this.#derivations ? this.#derivations.partner(term) : -1
  }

  /** Weight of the terms and of the pairs of neighbours that wording `other` shares with the marked one (a pair weighs its two terms). */
  #count(other: number, withSoft = false): void {
    const wordings = this.#wordings
    const pool = wordings.pool
    const termWeights = this.#markedTermWeights
    const pairs = this.#markedPairs
    const stamps = this.#markedPairStamps
    const mask = pairs.length - 1
    const mark = this.#mark
    let shared = 0
    // Terms matched: exact ones in the first pass, exact and soft ones in the second.
    let matched = 0
    let sharedPairs = 0
    let previous = -1
    let previousWeight = 0
    const end = wordings.termStart[other + 1]!
    let previousSoft = false
    for (let at = wordings.termStart[other]!; at < end; at++) {
      let term = pool[at]!
      let soft = false
      let slot = this.#slotOf(term)
      if (slot === -1) {
        const partner = withSoft ? this.#partner(term) : -1
        if (partner === -1) {
          previous = -1
          continue
        }
        term = partner
        slot = this.#slotOf(partner)
        soft = true
      }
      // A marked term (a soft match's partner is one too; were it not, its weight is read from the store).
      const weight = slot !== -1 ? termWeights[slot]! : wordings.weight(term)
      if (!soft) shared += weight
      matched++
      // Only a pair of two marked terms can be a marked pair.
      if (previous !== -1) {
        const pair = pairKey(previous, term)
        for (let slot = pair & mask; stamps[slot] === mark; slot = (slot + 1) & mask) {
          if (pairs[slot] === pair) {
            sharedPairs += (previousWeight + weight) * (soft || previousSoft ? softWeight : 1)
            break
          }
        }
      }
      previous = term
      previousWeight = weight
      previousSoft = soft
    }
    if (!withSoft) {
      this.#shared = shared
      this.#exact = matched
    } else this.#soft = matched - this.#exact
    this.#sharedPairs = sharedPairs
  }
}
