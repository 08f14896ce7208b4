/**
 * The bookkeeping of a soft match between the marked wording and another
 * one (synonyms, near-identical spellings): which terms the other wording
 * holds, which marked terms a match has used, and each matched term's
 * partner. One-to-one: a marked term is used once per comparison. Arrays are
 * stamped with the comparison number, so starting a comparison costs nothing.
 */
import {grown} from './grown.js'

export class SoftMatches {
  /** Per term: the comparison that met it in the other wording, and the one that used it in a match. */
  #inOther = new Int32Array(1024)
  #used = new Int32Array(1024)
  /** Per term of the other wording: the comparison that matched it, and to which marked term. */
  #matchedIn = new Int32Array(1024)
  #partner = new Int32Array(1024)
  #comparison = 0

  /** Start a comparison with the other wording's terms `other` (term ids under `vocabularySize`). */
  begin(other: ArrayLike<number>, vocabularySize: number): void {
    const comparison = ++this.#comparison
    if (this.#inOther.length < vocabularySize) {
      this.#inOther = grown(this.#inOther, vocabularySize * 2)
      this.#used = grown(this.#used, vocabularySize * 2)
      this.#matchedIn = grown(this.#matchedIn, vocabularySize * 2)
      this.#partner = grown(this.#partner, vocabularySize * 2)
    }
    for (let at = 0; at < other.length; at++) this.#inOther[other[at]!] = comparison
  }

  /** End the last comparison with no match, so that `used` and `partner` answer for none. */
  none(): void {
    this.#comparison++
  }

  /** Whether marked term `match` may still be matched: the other wording lacks it and no match used it. */
  free(match: number): boolean {
    return this.#inOther[match] !== this.#comparison && this.#used[match] !== this.#comparison
  }

  /** Match term `term` of the other wording to marked term `match`. */
  take(term: number, match: number): void {
    this.#used[match] = this.#comparison
    this.#matchedIn[term] = this.#comparison
    this.#partner[term] = match
  }

  /** Whether marked term `term` was matched in this comparison. */
  used(term: number): boolean {
    return this.#used[term] === this.#comparison
  }

  /** The marked term that term `term` of the other wording was matched to in this comparison, or -1. */
  partner(term: number): number {
    return this.#matchedIn[term] === this.#comparison ? this.#partner[term]! : -1
  }
}
