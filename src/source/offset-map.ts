/**
 * Map from plain-text offsets back to source offsets.
 *
 * HTML and Markdown turn into plain text by dropping markup and decoding
 * character references, so one plain character may stand for several source
 * characters (`&rdquo;` → `”`). Positions from hast/mdast-to-nlcst drift after
 * such references, so we keep our own map: for every plain character, where
 * its source starts and ends.
 */

export interface OffsetMap {
  /** Source offset where the plain character at `index` starts. */
  readonly start: (index: number) => number
  /** Source offset just after the plain character at `index - 1` (exclusive end). */
  readonly end: (index: number) => number
}

/** The map of plain text that is the source itself. */
export const identityMap: OffsetMap = {start: (index) => index, end: (index) => index}

/** Builds plain text together with its map, one piece at a time. */
export class PlainTextBuilder {
  #text = ''
  #starts: number[] = []
  #ends: number[] = []

  get length(): number {
    return this.#text.length
  }

  get text(): string {
    return this.#text
  }

  /** Append source characters that stand for themselves, starting at `sourceStart`. */
  appendVerbatim(value: string, sourceStart: number): void {
    this.#text += value
    for (let index = 0; index < value.length; index++) {
      this.#starts.push(sourceStart + index)
      this.#ends.push(sourceStart + index + 1)
    }
  }

  /** Append `value` (decoded) standing for the source range `[sourceStart, sourceEnd)`. */
  appendDecoded(value: string, sourceStart: number, sourceEnd: number): void {
    this.#text += value
    for (let index = 0; index < value.length; index++) {
      this.#starts.push(sourceStart)
      this.#ends.push(sourceEnd)
    }
  }

  /** Append a separator that has no characters of its own in the source. */
  appendSeparator(value: string, sourceOffset: number): void {
    this.appendDecoded(value, sourceOffset, sourceOffset)
  }

  /** Drop trailing whitespace that was appended (between blocks). */
  trimEnd(): void {
    let length = this.#text.length
    while (length > 0 && /\s/.test(this.#text[length - 1]!)) length--
    this.#text = this.#text.slice(0, length)
    this.#starts.length = length
    this.#ends.length = length
  }

  map(sourceLength: number): OffsetMap {
    const starts = Int32Array.from(this.#starts)
    const ends = Int32Array.from(this.#ends)
    const count = starts.length
    return {
      start: (index) => (index < count ? starts[index]! : sourceLength),
      end: (index) => (index <= 0 ? (count > 0 ? starts[0]! : 0) : ends[Math.min(index, count) - 1]!)
    }
  }
}
