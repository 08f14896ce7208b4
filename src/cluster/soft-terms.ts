/**
 * Which terms a soft signal (synonyms, spellings, derivations) can match at
 * all, remembered per term: a wording none of whose terms can be matched
 * (names, numbers, short words) is then neither marked for the soft signals
 * nor re-scored by them, where asking each signal about each of its terms
 * at every comparison would cost a fifth of the clustering.
 */

import {grown} from './grown.js'

/** A soft signal, asked once per term. */
export interface SoftSignal {
  /** Whether term `term` can be matched to any other term by this signal. */
  has(term: number): boolean
}

/** Per term in `#state`: not asked yet, no signal matches it, some signal may. */
const unknown = 0
const none = 1
const some = 2

export class SoftTerms {
  readonly #signals: readonly SoftSignal[]
  #state = new Uint8Array(1024)

  constructor(signals: readonly SoftSignal[]) {
    this.#signals = signals
  }

  /** Whether some signal may match some of `terms`. */
  any(terms: ArrayLike<number>): boolean {
    for (let at = 0; at < terms.length; at++) {
      const term = terms[at]!
      if (term >= this.#state.length) this.#state = grown(this.#state, Math.max(term + 1, this.#state.length * 2))
      let state = this.#state[term]!
      if (state === unknown) {
        state = this.#matchable(term) ? some : none
        this.#state[term] = state
      }
      if (state === some) return true
    }
    return false
  }

  /**
   * Whether some signal can match `term`. A loop of its own, not a closure
   * over the term in `any`: a term captured by a closure would take a new
   * context object at every term of every wording marked.
   */
  #matchable(term: number): boolean {
    const signals = this.#signals
    for (let at = 0; at < signals.length; at++) if (signals[at]!.has(term)) return true
    return false
  }
}
