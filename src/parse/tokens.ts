/**
 * The words of a document, read once and shared by every stage.
 *
 * Each stage used to run its own pattern over the text: the common-word set
 * (`\p{Ll}[\p{Ll}’'-]*`), the name finder (`[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}’'.\-]*`)
 * and the speaker finder (`[\p{L}][\p{L}’'-]*`), each once per sentence or
 * per quote, lowercasing as it went. All three kinds of word lie inside the
 * runs of the widest pattern (their characters are a subset of its
 * characters), so one pass finds those runs, and a stage reads its own words
 * from them. A plain run (ASCII letters, apostrophes, hyphens) is its own
 * word for all three; only the rare other run is read again by the stage's
 * pattern, within the run. A range that cuts a run in two is read by the
 * pattern as before: the words come out the same either way.
 */

/** Runs of letters, marks and digits, with the apostrophes, periods and hyphens inside them. */
const runPattern = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}’'.\-]*/gu
const lowercaseWord = /\p{Ll}[\p{Ll}’'-]*/gu
const letterWord = /[\p{L}][\p{L}’'-]*/gu
const endsInWordCharacter = /[\p{L}\p{N}]$/u

/** A run of ASCII letters, apostrophes and hyphens, starting with a letter (most words of English text). */
const PLAIN = 1
/** A plain run of lowercase letters. */
const LOWER = 2

export interface DocumentWords {
  readonly text: string
  /** Number of runs. */
  readonly count: number
  /** Start of each run. */
  readonly starts: Int32Array
  /** End of each run (nothing trimmed). */
  readonly ends: Int32Array
  /** `PLAIN` and `LOWER` bits of each run. */
  readonly flags: Uint8Array
  /** Lowercase words used in the document (a capitalised word that is also one of these may open a sentence). */
  readonly common: ReadonlySet<string>
}

/** Read the runs of `text` once. */
export function tokenizeDocument(text: string): DocumentWords {
  // About one run every six characters in English: room for one every four, so that the arrays seldom grow.
  let capacity = Math.max(16, text.length >> 2)
  let starts = new Int32Array(capacity)
  let ends = new Int32Array(capacity)
  let flags = new Uint8Array(capacity)
  const common = new Set<string>()
  let count = 0
  const length = text.length
  let at = 0
  // Character codes, not `runPattern.exec`: a character decides by itself where a run starts and
  // ends (a match and its string per word were a tenth of the whole pipeline), ASCII by its code,
  // the rest of the Basic Multilingual Plane by a table filled once per character; the pattern,
  // sticky, reads only where a surrogate starts or continues a run.
  while (at < length) {
    const code = text.charCodeAt(at)
    let start = -1
    let end = -1
    if (code < 0x80 ? isAsciiAlphanumeric(code) : !isSurrogate(code) && isRunCharacter(code)) {
      start = at
      end = at + 1
      while (end < length) {
        const next = text.charCodeAt(end)
        if (next < 0x80) {
          if (isAsciiAlphanumeric(next) || next === 0x27 || next === 0x2e || next === 0x2d) end++
          else break
        } else if (next === 0x2019 || (!isSurrogate(next) && isRunCharacter(next))) {
          end++
        } else if (isSurrogate(next)) {
          end = -1
          break
        } else {
          break
        }
      }
    } else if (code < 0x80 || !isSurrogate(code)) {
      at++
      continue
    }
    if (end === -1) {
      // A surrogate: the pattern says whether a run starts here and where it ends.
      runSticky.lastIndex = at
      const match = runSticky.exec(text)
      if (!match) {
        // A surrogate pair is one character to the pattern: never tried from its second half.
        at += code >= 0xd800 && code <= 0xdbff && at + 1 < length && isLowSurrogate(text.charCodeAt(at + 1)) ? 2 : 1
        continue
      }
      start = at
      end = at + match[0].length
    }
    if (count === capacity) {
      capacity *= 2
      starts = grown(starts, new Int32Array(capacity))
      ends = grown(ends, new Int32Array(capacity))
      flags = grown(flags, new Uint8Array(capacity))
    }
    const flag = classify(text, start, end)
    starts[count] = start
    ends[count] = end
    flags[count] = flag
    count++
    if (flag & LOWER) common.add(text.slice(start, end))
    else if (flag & PLAIN) addCodeLowercaseWords(text, start, end, common, true)
    else if (isAscii(text, start, end)) addCodeLowercaseWords(text, start, end, common, false)
    else addLowercaseWords(text, start, end, common)
    at = end
  }
  return {text, count, starts, ends, flags, common}
}

/** For each UTF-16 code unit: 1 when a letter, mark or digit (`[\p{L}\p{M}\p{N}]`: a run starts or goes on there), 2 when not, 0 until first asked. */
const runCharacters = new Uint8Array(0x10000)

/** Whether a code unit outside the surrogates is a letter, mark or digit. */
function isRunCharacter(code: number): boolean {
  let known = runCharacters[code]!
  if (known === 0) runCharacters[code] = known = /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(code)) ? 1 : 2
  return known === 1
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff
}

/** `runPattern` from one position only. */
const runSticky = new RegExp(runPattern.source, 'uy')

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/** Index of the first run that starts at or after `offset`. */
export function runAt(words: DocumentWords, offset: number): number {
  let low = 0
  let high = words.count
  while (low < high) {
    const middle = (low + high) >> 1
    if (words.starts[middle]! < offset) low = middle + 1
    else high = middle
  }
  return low
}

/** Whether a run of `words` has `offset` strictly inside it (a range starting there would cut it). */
export function cutsRun(words: DocumentWords, offset: number): boolean {
  const index = runAt(words, offset)
  return index > 0 && words.ends[index - 1]! > offset
}

/**
 * Indexes `[first, end)` of the runs that start from `from` to `to` (the
 * last may reach past `to`): the matches `runPattern` finds from `from` on.
 * `undefined` when `from` cuts a run (the caller then reads the range itself).
 */
export function runsIn(words: DocumentWords, from: number, to: number): readonly [number, number] | undefined {
  if (cutsRun(words, from)) return undefined
  const first = runAt(words, from)
  let end = first
  while (end < words.count && words.starts[end]! < to) end++
  return [first, end]
}

/**
 * Words of the speaker finder (`[\p{L}][\p{L}’'-]*`) from `from` to `to`, as
 * `[start, end]` pairs, the last cut at `to`; `undefined` when `from` cuts a run.
 */
export function letterWordsIn(words: DocumentWords, from: number, to: number): Array<readonly [number, number]> | undefined {
  if (cutsRun(words, from)) return undefined
  const found: Array<readonly [number, number]> = []
  const {text} = words
  for (let index = runAt(words, from); index < words.count && words.starts[index]! < to; index++) {
    const start = words.starts[index]!
    const end = words.ends[index]!
    if (words.flags[index]! & PLAIN) {
      found.push([start, Math.min(end, to)])
      continue
    }
    if (isAscii(text, start, end)) {
      addAsciiLetterWords(text, start, Math.min(end, to), found)
      continue
    }
    letterWord.lastIndex = start
    let match: RegExpExecArray | null
    while ((match = letterWord.exec(text)) && match.index < end && match.index < to) found.push([match.index, Math.min(match.index + match[0].length, to)])
  }
  return found
}

/**
 * The letter words of an ASCII run (“U.S.”, “2020s”, “p.m.”) up to `end`, by character codes:
 * letters, then letters, apostrophes and hyphens (the pattern, not anchored, would search on
 * past the run for its next letter).
 */
function addAsciiLetterWords(text: string, start: number, end: number, found: Array<readonly [number, number]>): void {
  let at = start
  while (at < end) {
    if (!isAsciiLetter(text.charCodeAt(at))) {
      at++
      continue
    }
    const wordStart = at
    at++
    while (at < end) {
      const next = text.charCodeAt(at)
      if (!(isAsciiLetter(next) || next === 0x27 || next === 0x2d)) break
      at++
    }
    found.push([wordStart, at])
  }
}

function classify(text: string, start: number, end: number): number {
  let lower = true
  const first = text.charCodeAt(start)
  if (!((first >= 0x61 && first <= 0x7a) || (first >= 0x41 && first <= 0x5a))) return 0
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at)
    if (code >= 0x61 && code <= 0x7a) continue
    if ((code >= 0x41 && code <= 0x5a) || code === 0x27 || code === 0x2d || code === 0x2019) {
      if (code <= 0x5a && code >= 0x41) lower = false
      continue
    }
    return 0
  }
  return lower ? PLAIN | LOWER : PLAIN
}

/**
 * The common-word pattern by character codes, within a plain run (`plain`:
 * lowercase letters, apostrophes, also ’, and hyphens from a lowercase
 * letter, counted unless a letter stands right before: “iPhone” → “i”,
 * “McCain” → none, “A'the” → “the”) or a run of ASCII only (“2020s”,
 * “U.S.”, “p.m.”: counted where no letter or digit stands before; the
 * pattern, not anchored, would search on past the run's end for its next
 * lowercase letter).
 */
function addCodeLowercaseWords(text: string, start: number, end: number, common: Set<string>, plain: boolean): void {
  let at = start
  while (at < end) {
    const code = text.charCodeAt(at)
    if (code < 0x61 || code > 0x7a) {
      at++
      continue
    }
    const wordStart = at
    at++
    while (at < end) {
      const next = text.charCodeAt(at)
      if (!((next >= 0x61 && next <= 0x7a) || next === 0x27 || next === 0x2d || (plain && next === 0x2019))) break
      at++
    }
    const counted = plain
      ? wordStart === start || !isAsciiLetter(text.charCodeAt(wordStart - 1))
      : wordStart === 0 || !followsWordCharacter(text, wordStart)
    if (counted) common.add(text.slice(wordStart, at))
  }
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)
}

function isAscii(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (text.charCodeAt(at) >= 0x80) return false
  return true
}

/** The common-word pattern within one run, a word counted only where no letter or digit stands before it. */
function addLowercaseWords(text: string, start: number, end: number, common: Set<string>): void {
  lowercaseWord.lastIndex = start
  let match: RegExpExecArray | null
  while ((match = lowercaseWord.exec(text)) && match.index < end) {
    if (match.index > 0 && followsWordCharacter(text, match.index)) continue
    common.add(match[0])
  }
}

function followsWordCharacter(text: string, index: number): boolean {
  const code = text.charCodeAt(index - 1)
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
  return endsInWordCharacter.test(text.slice(Math.max(0, index - 2), index))
}

/** `wider`, holding `array` at its start. */
function grown<T extends Int32Array | Uint8Array>(array: T, wider: T): T {
  wider.set(array)
  return wider
}
