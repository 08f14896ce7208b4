/**
 * What a wording is made of for comparison: its content words, folded
 * (case, accents), stemmed (Porter, from the `stemmer` package) and mapped to
 * ids in a shared vocabulary. Function words carry no statement.
 */

import {stemmer} from 'stemmer'
import {stopwords} from '../lexicon/stopwords.js'
import {hashSpan, hashStart, hashStep, missing, SpanTable} from './span-table.js'
import {grown} from './grown.js'
import {asFigures} from './numbers.js'

/** One word at a given place (sticky): for words that hold characters outside ASCII. */
const wordAt = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/uy

export class Vocabulary {
  /** Term id of each stem (a table of typed arrays: a `Map` of a million new strings costs more). */
  readonly #ids = new SpanTable()
  /** Term id (or -1, a function word) of words read through the pattern, and of lowercased forms unlike their written one. */
  readonly #stems = new Map<string, number>()
  /** Term id (or -1) of each ASCII word as written, looked up in place. */
  readonly #written = new SpanTable()
  /** The ids `read` found. */
  found = new Int32Array(64)
  /** Per term id: the call of `read` that last found it, so a repeat is skipped in constant time (past the first `scanned`). */
  #foundIn = new Int32Array(1024)
  /** The call of `read` whose first `scanned` ids are stamped. */
  #stamped = 0
  #call = 0
  /** Each term's stem, by id. */
  readonly stems: string[] = []
  /** How many items hold each term (document frequency). */
  frequencies = new Int32Array(1024)
  size = 0

  /**
   * Ids of the distinct content stems of `text`, in order of first use (a
   * view of a buffer that the next call overwrites). Words are
   * `[\p{L}\p{N}]+(?:['’][\p{L}]+)*`; ASCII words are read by hand and
   * looked up in place, the rest through the pattern.
   */
  terms(text: string): Int32Array {
    return this.found.subarray(0, this.read(text))
  }

  /**
   * As `terms`, without making a view: the ids are `found[0 … count)`, and
   * the count is returned (`found` is replaced when it grows).
   */
  read(text: string): number {
    let count = 0
    const call = ++this.#call
    const length = text.length
    let at = 0
    while (at < length) {
      const code = text.charCodeAt(at)
      let id = -1
      if (code < 128) {
        if (!isAsciiAlphanumeric(code)) {
          at++
          continue
        }
        const start = at
        let hash = hashStep(hashStart, code)
        at++
        let letters = false
        for (;;) {
          const next = at < length ? text.charCodeAt(at) : 32
          if (letters ? isAsciiLetter(next) : isAsciiAlphanumeric(next)) {
            hash = hashStep(hash, next)
            at++
          } else if ((next === 39 || next === 0x2019) && at + 1 < length && isAsciiLetter(text.charCodeAt(at + 1))) {
            // An apostrophe goes on with letters only: “it’s”, “O’Brien”.
            hash = hashStep(hashStep(hash, next), text.charCodeAt(at + 1))
            at += 2
            letters = true
          } else {
            const after = next === 39 || next === 0x2019 ? (at + 1 < length ? text.charCodeAt(at + 1) : 32) : next
            if (after >= 128 && !isPunctuation(after)) at = -1
            break
          }
        }
        if (at === -1) {
          // The word goes on outside ASCII (“café”, “O’Ñ…”): read it with the pattern.
          at = start
          id = this.#wordAt(text, at)
          at = wordAt.lastIndex
        } else {
          id = this.#written.get(text, start, at, hash)
          if (id === missing) {
            const word = text.slice(start, at)
            id = this.#idOf(word)
            this.#written.set(word, id)
          }
        }
      } else if (isPunctuation(code)) {
        at++
        continue
      } else {
        id = this.#wordAt(text, at)
        if (id === missing) {
          at++
          continue
        }
        at = wordAt.lastIndex
      }
      if (id < 0) continue
      if (count < scanned) {
        // A short wording's repeats are found by a scan of what is found: no read of an array as long as the vocabulary.
        let seen = false
        for (let back = 0; back < count; back++) {
          if (this.found[back] === id) {
            seen = true
            break
          }
        }
        if (seen) continue
      } else {
        // A stamp per term, not a scan: a wording of 300,000 distinct words stays linear.
        if (count === scanned && this.#stamped !== call) {
          this.#stamped = call
          for (let back = 0; back < count; back++) this.#stamp(this.found[back]!, call)
        }
        if (id < this.#foundIn.length && this.#foundIn[id] === call) continue
        this.#stamp(id, call)
      }
      if (count === this.found.length) this.found = grown(this.found, count * 2)
      this.found[count++] = id
    }
    return count
  }

  /** Stamp term `id` as found by call `call` of `read`. */
  #stamp(id: number, call: number): void {
    if (id >= this.#foundIn.length) this.#foundIn = grown(this.#foundIn, Math.max(id + 1, this.#foundIn.length * 2))
    this.#foundIn[id] = call
  }

  /** Term id (or -1) of the word the pattern reads at `at`, or `missing`; `wordAt.lastIndex` is then its end. */
  #wordAt(text: string, at: number): number {
    wordAt.lastIndex = at
    const match = wordAt.exec(text)
    if (!match) return missing
    let id = this.#stems.get(match[0])
    if (id === undefined) {
      id = this.#idOf(match[0])
      this.#stems.set(match[0], id)
    }
    return id
  }

  /** Term id of a word as written, or -1 for a function word. */
  #idOf(written: string): number {
    const lower = written.toLowerCase()
    const word = lower.includes('’') ? lower.replace(/’/g, "'") : lower
    // A word written as the table keeps it (most are) was looked up already by the caller (in `#stems`, or in
    // place); the memo only saves computing an id, which comes out the same.
    let id = word === written ? undefined : this.#stems.get(word)
    if (id === undefined) {
      const figures = asFigures(word)
      if (figures !== undefined) id = this.#id(figures)
      else id = isFunctionWord(word) ? -1 : this.#id(stemmer(withoutPossessive(fold(word))))
      // A word already as the table keeps it is not kept twice (most are).
      if (word !== written) this.#stems.set(word, id)
    }
    return id
  }

  /** Count an item's terms in the frequencies. */
  count(terms: ArrayLike<number>): void {
    for (let at = 0; at < terms.length; at++) this.frequencies[terms[at]!]!++
  }

  #id(stem: string): number {
    let id = this.#ids.get(stem, 0, stem.length, hashSpan(stem, 0, stem.length))
    if (id === missing) {
      id = this.size++
      this.#ids.set(stem, id)
      this.stems.push(stem)
      if (id >= this.frequencies.length) this.frequencies = grown(this.frequencies, this.frequencies.length * 2)
    }
    return id
  }
}

/** Ids a wording holds, at most, before its repeats are found by stamps rather than by a scan. */
const scanned = 16

/** A word without its possessive “'s” (straight apostrophe). */
function withoutPossessive(word: string): string {
  return word.endsWith("'s") ? word.slice(0, -2) : word
}

/** A pronoun or auxiliary with a clitic (“we’ll”, “I’m”, “they’re”, “can’t”): as much a function word as its parts. */
const clitic = /^(.+)'(?:ll|re|ve|m|d|s)$/

/** Whether a lowercased word (straight apostrophes) is a function word, alone or with a clitic; every “n’t” form is an auxiliary. */
export function isFunctionWord(word: string): boolean {
  // Most words hold no apostrophe: one lookup, no pattern.
  if (!word.includes("'")) return stopwords.has(word)
  if (stopwords.has(word.replace(/'/g, '’')) || stopwords.has(word)) return true
  if (word.endsWith("n't")) return true
  const base = clitic.exec(word)?.[1]
  return base !== undefined && stopwords.has(base)
}

/** Letters that do not decompose into a base letter and a mark, as transliterations write them (“Đuričić” → “Djuricic” is one edit from “duricic”). */
const unmarked: Record<string, string> = {đ: 'd', ð: 'd', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ħ: 'h', ı: 'i'}
const unmarkedLetters = /[đðłøßæœþħı]/g

function fold(word: string): string {
  return /[^\u0000-\u007F]/.test(word) ? word.normalize('NFKD').replace(/\p{M}/gu, '').replace(unmarkedLetters, (letter) => unmarked[letter]!) : word
}

function isAsciiLetter(code: number): boolean {
  return (code | 32) >= 97 && (code | 32) <= 122
}

function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiLetter(code) || (code >= 48 && code <= 57)
}

/** Characters below this are sorted once into word and other characters (`isPunctuation`). */
const tableEnd = 0x2070
const notWord = new Uint8Array(tableEnd)
for (let code = 128; code < tableEnd; code++) notWord[code] = /[\p{L}\p{N}]/u.test(String.fromCharCode(code)) ? 0 : 1

/** A character outside ASCII that is never part of a word (quotes, dashes, spaces, marks, symbols), as far as the table reaches. */
function isPunctuation(code: number): boolean {
  return code < tableEnd && notWord[code] === 1
}
