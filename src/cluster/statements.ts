/**
 * Statements: which wordings are one statement. Each wording is in one
 * statement; a statement keeps its members as a linked list (merging two
 * is a splice, the smaller's members renumbered), its fullest wording as
 * representative, its speaker (the first name known; a description gives
 * way to a name), and every member the similarity that admitted it.
 */

import {grown} from './grown.js'
import {unknownSpeaker, type Wordings} from './wordings.js'

export class Statements {
  readonly #wordings: Wordings
  /** Per wording: its statement, the next member (-1: last), the similarity that admitted it. */
  of: Int32Array = new Int32Array(1024)
  next: Int32Array = new Int32Array(1024)
  similarity: Float64Array = new Float64Array(1024)
  /** Per statement: first and last member, size (0: merged away), representative, speaker. */
  first: Int32Array = new Int32Array(1024)
  last: Int32Array = new Int32Array(1024)
  size: Int32Array = new Int32Array(1024)
  representative: Int32Array = new Int32Array(1024)
  speaker: Int32Array = new Int32Array(1024)
  count = 0

  constructor(wordings: Wordings) {
    this.#wordings = wordings
  }

  /** A statement of one wording. */
  open(index: number): number {
    this.#ensureWording(index)
    const statement = this.#allocate()
    this.of[index] = statement
    this.next[index] = -1
    this.similarity[index] = 1
    this.first[statement] = index
    this.last[statement] = index
    this.size[statement] = 1
    this.representative[statement] = index
    this.speaker[statement] = this.#wordings.speaker[index]!
    return statement
  }

  /** An empty statement, to append saved members to (loading). */
  empty(representative: number, speaker: number): number {
    const statement = this.#allocate()
    this.first[statement] = -1
    this.last[statement] = -1
    this.size[statement] = 0
    this.representative[statement] = representative
    this.speaker[statement] = speaker
    return statement
  }

  /** Append wording `index` to a statement, with the similarity that admitted it (loading). */
  append(statement: number, index: number, similarity: number): void {
    this.#ensureWording(index)
    this.of[index] = statement
    this.next[index] = -1
    this.similarity[index] = similarity
    if (this.size[statement] === 0) this.first[statement] = index
    else this.next[this.last[statement]!] = index
    this.last[statement] = index
    this.size[statement]!++
  }

  #ensureWording(index: number): void {
    if (index < this.of.length) return
    const length = Math.max(index + 1, this.of.length * 2)
    this.of = grown(this.of, length)
    this.next = grown(this.next, length)
    this.similarity = grown(this.similarity, length)
  }

  #allocate(): number {
    const statement = this.count++
    if (statement >= this.first.length) {
      const length = statement * 2
      this.first = grown(this.first, length)
      this.last = grown(this.last, length)
      this.size = grown(this.size, length)
      this.representative = grown(this.representative, length)
      this.speaker = grown(this.speaker, length)
    }
    return statement
  }

  /**
   * Merge statement `b` into `a`: the members of `b` get `similarity` (the
   * caller passes the smaller as `b` where it can). Returns the statement
   * that remains (the larger keeps its number).
   */
  merge(a: number, b: number, similarity: number): number {
    for (let member = this.first[b]!; member !== -1; member = this.next[member]!) this.similarity[member] = similarity
    const [into, from] = this.size[a]! >= this.size[b]! ? [a, b] : [b, a]
    for (let member = this.first[from]!; member !== -1; member = this.next[member]!) this.of[member] = into
    this.next[this.last[into]!] = this.first[from]!
    this.last[into] = this.last[from]!
    this.size[into]! += this.size[from]!
    this.size[from] = 0
    const wordings = this.#wordings
    const kept = this.representative[into]!
    const other = this.representative[from]!
    const heavier = wordings.itemWeight(other) > wordings.itemWeight(kept) || (wordings.itemWeight(other) === wordings.itemWeight(kept) && other < kept) ? other : kept
    this.representative[into] = heavier
    // The representative changed: the one it replaces was admitted by this merge too.
    if (heavier !== kept) this.similarity[kept] = similarity
    this.similarity[heavier] = 1
    // A name, once known, speaks for the statement rather than a description.
    const current = this.speaker[into]!
    const incoming = this.speaker[from]!
    if (current === unknownSpeaker || (!wordings.isNamed(current) && wordings.isNamed(incoming))) this.speaker[into] = incoming
    return into
  }
}
