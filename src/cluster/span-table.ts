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
  /**
   * Per slot, side by side (one cache line per slot read): the word's hash,
   * its value stored as `value + stored` (0: an empty slot), and the word
   * itself packed into two numbers when it is short ASCII (see `packed`),
   * so that a lookup of a short word never leaves the slot.
   */
  #slots = new Int32Array(stride << 12)
  #words: Array<string | undefined> = new Array(1 << 12)
  #count = 0

  get size(): number {
    return this.#count
  }

  /** The value of `text.slice(start, end)`, whose `hashSpan` is `hash`, or `missing`. */
  get(text: string, start: number, end: number, hash: number): number {
    const slots = this.#slots
    const mask = (slots.length >> strideShift) - 1
    const high = packed(text, start, end, 4)
    const low = high === long ? long : packed(text, start, end, 0)
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot << strideShift
      const value = slots[at + storedValue]!
      if (value === 0) return missing
      // The word itself is compared only when its hash matches.
      if (slots[at + wordHash] === hash) {
        if (low !== long) {
          if (slots[at + packedLow] === low && slots[at + packedHigh] === high) return value - stored
        } else {
          const word = this.#words[slot]!
          if (word.length === end - start && text.startsWith(word, start)) return value - stored
        }
      }
    }
  }

  /** Set the value of `word` (not yet in the table); values are above `missing`. */
  set(word: string, value: number): void {
    if ((this.#count + 1) * 2 > this.#words.length) this.#grow()
    const high = packed(word, 0, word.length, 4)
    const low = high === long ? long : packed(word, 0, word.length, 0)
    this.#place(word, hashSpan(word, 0, word.length), value + stored, low, high)
    this.#count++
  }

  #place(word: string, hash: number, value: number, low: number, high: number): void {
    const slots = this.#slots
    const mask = (slots.length >> strideShift) - 1
    let slot = hash & mask
    while (slots[(slot << strideShift) + storedValue] !== 0) slot = (slot + 1) & mask
    this.#words[slot] = word
    const at = slot << strideShift
    slots[at + wordHash] = hash
    slots[at + storedValue] = value
    slots[at + packedLow] = low
    slots[at + packedHigh] = high
  }

  #grow(): void {
    const words = this.#words
    const slots = this.#slots
    this.#words = new Array(words.length * 2)
    this.#slots = new Int32Array(slots.length * 2)
    for (let slot = 0; slot < words.length; slot++) {
      const at = slot << strideShift
      if (slots[at + storedValue] !== 0) this.#place(words[slot]!, slots[at + wordHash]!, slots[at + storedValue]!, slots[at + packedLow]!, slots[at + packedHigh]!)
    }
  }
}

/** Fields of a slot in `#slots`. */
const wordHash = 0
const storedValue = 1
const packedLow = 2
const packedHigh = 3
const stride = 4
const strideShift = 2

/** What `packed` gives for a word that is not short ASCII: no packed word is this (its bytes are below 128). */
const long = -1

/**
 * Characters `from … from + 4` of `text.slice(start, end)` as the bytes of
 * one number (0 past its end), or `long` for a word of more than 8
 * characters or with one outside 1–127: two short ASCII words are the same
 * when both their numbers are (a word is `long` when either number is).
 */
function packed(text: string, start: number, end: number, from: number): number {
  if (end - start > 8) return long
  let value = 0
  for (let at = start + from, shift = 0; at < end && shift < 32; at++, shift += 8) {
    const code = text.charCodeAt(at)
    if (code === 0 || code > 127) return long
    value |= code << shift
  }
  return value
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
