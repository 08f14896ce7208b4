/**
 * A table from words to numbers that looks a word up where it stands in a
 * text (its start, end and hash), without cutting it out: the word is copied
 * only the first time it is met. Reading the words of a million wordings
 * otherwise makes a string per word and hashes it again.
 */

/** What `get` gives for a word not in the table. */
export const missing = -2

/** Added to a value in the table, so that every value (above `missing`) is stored above 0. */
const stored = 1 - missing

export class SpanTable {
  /** Per slot, side by side (one cache line per slot read): the word's hash, and its value stored as `value + stored` (0: an empty slot). */
  #slots = new Int32Array(2 << 12)
  #words: Array<string | undefined> = new Array(1 << 12)
  #count = 0

  get size(): number {
    return this.#count
  }

  /** The value of `text.slice(start, end)`, whose `hashSpan` is `hash`, or `missing`. */
  get(text: string, start: number, end: number, hash: number): number {
    const slots = this.#slots
    const mask = (slots.length >> 1) - 1
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const value = slots[slot * 2 + 1]!
      if (value === 0) return missing
      // The word itself is read only when its hash matches.
      if (slots[slot * 2] === hash) {
        const word = this.#words[slot]!
        if (word.length === end - start && text.startsWith(word, start)) return value - stored
      }
    }
  }

  /** Set the value of `word` (not yet in the table); values are above `missing`. */
  set(word: string, value: number): void {
    if ((this.#count + 1) * 2 > this.#words.length) this.#grow()
    this.#place(word, hashSpan(word, 0, word.length), value + stored)
    this.#count++
  }

  #place(word: string, hash: number, value: number): void {
    const slots = this.#slots
    const mask = (slots.length >> 1) - 1
    let slot = hash & mask
    while (slots[slot * 2 + 1] !== 0) slot = (slot + 1) & mask
    this.#words[slot] = word
    slots[slot * 2] = hash
    slots[slot * 2 + 1] = value
  }

  #grow(): void {
    const words = this.#words
    const slots = this.#slots
    this.#words = new Array(words.length * 2)
    this.#slots = new Int32Array(slots.length * 2)
    for (let slot = 0; slot < words.length; slot++) {
      if (slots[slot * 2 + 1] !== 0) this.#place(words[slot]!, slots[slot * 2]!, slots[slot * 2 + 1]!)
    }
  }
}

/** FNV-1a hash of the character codes of `text` from `start` to `end`. */
export function hashSpan(text: string, start: number, end: number): number {
  let hash = hashStart
  for (let at = start; at < end; at++) hash = hashStep(hash, text.charCodeAt(at))
  return hash
}

export const hashStart = 0x811c9dc5 | 0

/** The hash of a span one character longer. */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193)
}
