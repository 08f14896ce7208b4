/**
 * A table from words to numbers that looks a word up where it stands in a
 * text (its start, end and hash), without cutting it out: the word is copied
 * only the first time it is met. Reading the words of a million wordings
 * otherwise makes a string per word and hashes it again.
 */

/** What `get` gives for a word not in the table. */
export const missing = -2

export class SpanTable {
  #hashes = new Int32Array(1 << 12)
  #values = new Int32Array(1 << 12)
  #words: Array<string | undefined> = new Array(1 << 12)
  #count = 0

  get size(): number {
    return this.#count
  }

  /** The value of `text.slice(start, end)`, whose `hashSpan` is `hash`, or `missing`. */
  get(text: string, start: number, end: number, hash: number): number {
    const mask = this.#hashes.length - 1
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const word = this.#words[slot]
      if (word === undefined) return missing
      if (this.#hashes[slot] === hash && word.length === end - start && text.startsWith(word, start)) return this.#values[slot]!
    }
  }

  /** Set the value of `word` (not yet in the table). */
  set(word: string, value: number): void {
    if ((this.#count + 1) * 2 > this.#hashes.length) this.#grow()
    this.#place(word, hashSpan(word, 0, word.length), value)
    this.#count++
  }

  #place(word: string, hash: number, value: number): void {
    const mask = this.#hashes.length - 1
    let slot = hash & mask
    while (this.#words[slot] !== undefined) slot = (slot + 1) & mask
    this.#words[slot] = word
    this.#hashes[slot] = hash
    this.#values[slot] = value
  }

  #grow(): void {
    const words = this.#words
    const hashes = this.#hashes
    const values = this.#values
    this.#words = new Array(words.length * 2)
    this.#hashes = new Int32Array(hashes.length * 2)
    this.#values = new Int32Array(values.length * 2)
    for (let slot = 0; slot < words.length; slot++) {
      if (words[slot] !== undefined) this.#place(words[slot]!, hashes[slot]!, values[slot]!)
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
