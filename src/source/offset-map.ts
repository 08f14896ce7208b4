/**
 * Map from plain-text offsets back to source offsets.
 *
 * HTML and Markdown turn into plain text by dropping markup and decoding
 * character references, so one plain character may stand for several source
 * characters (`&rdquo;` → `”`). Positions from hast/mdast-to-nlcst drift after
 * such references, so we keep our own map.
 *
 * The map is a list of runs rather than two numbers per character: a run of
 * verbatim text (source and plain advance together) costs one entry however
 * long it is, so plain text without markup costs a handful of entries. Format
 * characters (Unicode `Cf`: zero-width spaces, direction marks, soft hyphens,
 * byte-order marks) are left out of the plain text, as markup is, so that
 * `“\u200FHi”` pairs its marks and `Vladi\u00ADmir` is one word; the map still
 * leads every plain character back to its place in the source.
 */

export interface OffsetMap {
  /** Source offset where the plain character at `index` starts. */
  readonly start: (index: number) => number
  /** Source offset just after the plain character at `index - 1` (exclusive end). */
  readonly end: (index: number) => number
}

/** The map of plain text that is the source itself. */
export const identityMap: OffsetMap = {start: (index) => index, end: (index) => index}

/** Unicode format characters: invisible, and never part of a word or a mark. */
export const formatCharacter = /\p{Cf}/u
const formatCharacters = /\p{Cf}+/gu
const space = /\s/u

/** `-1` in `sourceEnds`: a verbatim run (the character at plain `p` is at source `sourceStart + p - plainStart`). */
const verbatim = -1

/** Int32 storage that doubles when full: appending stays amortised constant time. */
class GrowingInts {
  values = new Int32Array(64)
  length = 0

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2)
      grown.set(this.values)
      this.values = grown
    }
    this.values[this.length++] = value
  }

  last(): number {
    return this.values[this.length - 1]!
  }
}

/** Builds plain text together with its map, one piece at a time, in linear time. */
export class PlainTextBuilder {
  readonly #pieces: string[] = []
  #length = 0
  #joined: string | undefined = ''
  readonly #plainStarts = new GrowingInts()
  readonly #sourceStarts = new GrowingInts()
  readonly #sourceEnds = new GrowingInts()

  get length(): number {
    return this.#length
  }

  /** The plain text so far (joined once, then cached until the next append). */
  get text(): string {
    if (this.#joined === undefined) {
      const joined = this.#pieces.join('')
      this.#pieces.length = 0
      this.#pieces.push(joined)
      this.#joined = joined
    }
    return this.#joined
  }

  /** Append source characters that stand for themselves, starting at `sourceStart`; format characters are left out. */
  appendVerbatim(value: string, sourceStart: number): void {
    if (!formatCharacter.test(value)) {
      this.#verbatim(value, sourceStart)
      return
    }
    let from = 0
    for (const match of value.matchAll(formatCharacters)) {
      this.#verbatim(value.slice(from, match.index), sourceStart + from)
      from = match.index + match[0].length
    }
    this.#verbatim(value.slice(from), sourceStart + from)
  }

  /** Append `value` (decoded) standing for the source range `[sourceStart, sourceEnd)`; format characters are left out. */
  appendDecoded(value: string, sourceStart: number, sourceEnd: number): void {
    const visible = formatCharacter.test(value) ? value.replace(formatCharacters, '') : value
    if (visible === '') return
    const runs = this.#plainStarts.length
    const merges = runs > 0 && this.#sourceEnds.last() === sourceEnd && this.#sourceStarts.last() === sourceStart
    if (!merges) this.#run(sourceStart, sourceEnd)
    this.#add(visible)
  }

  /** Append a separator that has no characters of its own in the source. */
  appendSeparator(value: string, sourceOffset: number): void {
    this.appendDecoded(value, sourceOffset, sourceOffset)
  }

  /** Drop trailing whitespace that was appended (between blocks); costs only what it removes. */
  trimEnd(): void {
    while (this.#pieces.length > 0) {
      const last = this.#pieces[this.#pieces.length - 1]!
      let keep = last.length
      while (keep > 0 && space.test(last[keep - 1]!)) keep--
      const kept = last.slice(0, keep)
      this.#length -= last.length - kept.length
      if (kept.length > 0) {
        if (kept.length !== last.length) {
          this.#pieces[this.#pieces.length - 1] = kept
          this.#joined = undefined
        }
        break
      }
      this.#pieces.pop()
      this.#joined = undefined
    }
    // Forget runs that now start at or after the end.
    while (this.#plainStarts.length > 0 && this.#plainStarts.last() >= this.#length) {
      this.#plainStarts.length--
      this.#sourceStarts.length--
      this.#sourceEnds.length--
    }
  }

  /** The finished map; `sourceLength` is where offsets past the last character point. */
  map(sourceLength: number): OffsetMap {
    const count = this.#plainStarts.length
    const plainStarts = this.#plainStarts.values.slice(0, count)
    const sourceStarts = this.#sourceStarts.values.slice(0, count)
    const sourceEnds = this.#sourceEnds.values.slice(0, count)
    const length = this.#length
    /** Index of the run holding plain character `index` (0 ≤ index < length). */
    const runOf = (index: number): number => {
      let low = 0
      let high = count - 1
      while (low < high) {
        const middle = (low + high + 1) >> 1
        if (plainStarts[middle]! <= index) low = middle
        else high = middle - 1
      }
      return low
    }
    const startOf = (index: number): number => {
      const run = runOf(index)
      return sourceEnds[run] === verbatim ? sourceStarts[run]! + index - plainStarts[run]! : sourceStarts[run]!
    }
    const endOf = (index: number): number => {
      const run = runOf(index)
      return sourceEnds[run] === verbatim ? sourceStarts[run]! + index - plainStarts[run]! + 1 : sourceEnds[run]!
    }
    return {
      start: (index) => (index < length ? startOf(Math.max(0, index)) : sourceLength),
      end: (index) => (length === 0 ? 0 : index <= 0 ? startOf(0) : endOf(Math.min(index, length) - 1))
    }
  }

  #verbatim(value: string, sourceStart: number): void {
    if (value === '') return
    const runs = this.#plainStarts.length
    const continues =
      runs > 0 && this.#sourceEnds.last() === verbatim && this.#sourceStarts.last() + this.#length - this.#plainStarts.last() === sourceStart
    if (!continues) this.#run(sourceStart, verbatim)
    this.#add(value)
  }

  #run(sourceStart: number, sourceEnd: number): void {
    this.#plainStarts.push(this.#length)
    this.#sourceStarts.push(sourceStart)
    this.#sourceEnds.push(sourceEnd)
  }

  #add(value: string): void {
    this.#pieces.push(value)
    this.#length += value.length
    this.#joined = undefined
  }
}
