/**
 * Synonyms: two different words of two wordings count as a partial match
 * when WordNet puts them in one synonym set (any sense): “yield” and “give
 * in”, “squad” and “team”, “tribunal” and “court”. Translators choose
 * different words for one meaning; the words they share are often too few.
 *
 * The table (`data/wordnet-synonyms.txt`, built by
 * `scripts/build-synonyms.js`) maps a Porter stem to its synsets, keeping
 * only synsets shared by two stems or more (0.65 MB, read once per process
 * when first needed). Matching is one to one, between terms that the other
 * wording lacks, and a match counts `softWeight` × the smaller rarity weight
 * of the two: a synonym is evidence, not identity (“bow” is also a ship's
 * front).
 */

import {existsSync, readFileSync} from 'node:fs'
import {SoftMatches} from './soft-matches.js'
import {hashSpan} from './span-table.js'
import type {Wordings} from './wordings.js'

/** What a synonym match counts, as a share of the smaller weight of its two terms. */
export const softWeight = 0.85

/**
 * The table, read once per process: each stem's synsets, side by side in
 * one pool, and per stem where its synsets start and how many there are
 * (`start × 2⁸ + count`). One pass over the characters: a typed array and an
 * array of strings per line took six times as long (80 ms, paid by every
 * run of the CLI), for the few thousand stems a run ever looks up.
 */
let table: {readonly entries: Map<string, number>; readonly pool: Int32Array} | undefined
let synsetCount = 0
/**
 * Two bits per stem of the table, by its hash (a Bloom filter, 64 KB): a
 * stem with either bit clear is not in the table, found without a lookup
 * in the `Map` (two reads that miss the caches, for every term once).
 */
const filterBits = 1 << 19
const filter = new Int32Array(filterBits / 32)

function addToFilter(hash: number): void {
  const second = Math.imul(hash, 0x9e3779b1) >>> 13
  filter[(hash & (filterBits - 1)) >>> 5]! |= 1 << (hash & 31)
  filter[(second & (filterBits - 1)) >>> 5]! |= 1 << (second & 31)
}

/** Whether `stem` may be in the table (false: it is not). */
function mayHold(stem: string): boolean {
  const hash = hashSpan(stem, 0, stem.length)
  const second = Math.imul(hash, 0x9e3779b1) >>> 13
  return (filter[(hash & (filterBits - 1)) >>> 5]! & (1 << (hash & 31))) !== 0 && (filter[(second & (filterBits - 1)) >>> 5]! & (1 << (second & 31))) !== 0
}

/** Most synsets one stem may have in the table (its count takes 8 bits). */
const maxSynsets = 255

function loadTable(): NonNullable<typeof table> {
  if (table) return table
  // From src/cluster/ (tests) or dist/ (the package): the data folder is at the package root.
  const file = [new URL('../data/wordnet-synonyms.txt', import.meta.url), new URL('../../data/wordnet-synonyms.txt', import.meta.url)].find((url) => existsSync(url))
  if (!file) throw new Error('whosaid: the synonym table `data/wordnet-synonyms.txt` is missing from the package')
  const text = readFileSync(file, 'utf8')
  const entries = new Map<string, number>()
  // A synset number takes two characters at least, and a comma: room for all of them.
  const pool = new Int32Array(text.length >> 1)
  let size = 0
  for (let at = 0; at < text.length; ) {
    let end = text.indexOf('\n', at)
    if (end === -1) end = text.length
    const tab = text.indexOf('\t', at)
    // Lines: `stem<TAB>synset,synset,…`; `#` opens a comment.
    if (end > at && text.charCodeAt(at) !== 0x23 && tab !== -1 && tab < end) {
      const start = size
      let value = 0
      for (let index = tab + 1; index < end; index++) {
        const code = text.charCodeAt(index)
        if (code === 0x2c) {
          pool[size++] = value
          value = 0
        } else value = value * 10 + (code - 0x30)
      }
      pool[size++] = value
      if (size - start > maxSynsets) throw new Error(`whosaid: the synonym table has more than ${maxSynsets} synsets for \`${text.slice(at, tab)}\``)
      for (let index = start; index < size; index++) if (pool[index]! >= synsetCount) synsetCount = pool[index]! + 1
      entries.set(text.slice(at, tab), start * (maxSynsets + 1) + (size - start))
      addToFilter(hashSpan(text, at, tab))
    }
    at = end + 1
  }
  table = {entries, pool}
  return table
}

/** The synsets of `stem` in the table (a view of its pool), or null. */
function synsetsOf({entries, pool}: NonNullable<typeof table>, stem: string): Int32Array | null {
  if (!mayHold(stem)) return null
  const entry = entries.get(stem)
  if (entry === undefined) return null
  const start = Math.floor(entry / (maxSynsets + 1))
  return pool.subarray(start, start + (entry % (maxSynsets + 1)))
}

const noSynsets = new Int32Array(0)

export class Synonyms {
  readonly #wordings: Wordings
  /** The table, loaded first: the arrays by synset below are sized by it. */
  readonly #table = loadTable()
  /** Per term id: its synsets, where it has any. */
  readonly #synsets: Int32Array[] = []
  /** Per synset: the stamp of the marked wording holding it, and which of its terms. */
  readonly #synsetMark = new Int32Array(synsetCount)
  readonly #synsetTerm = new Int32Array(synsetCount)
  #mark = 0
  /** Whether any term of the marked wording has a synset. */
  #markedHasSynsets = false
  readonly #matches = new SoftMatches()

  constructor(wordings: Wordings) {
    this.#wordings = wordings
  }

  /** Per term id: 0 not looked up yet, 1 no synsets, 2 synsets in `#synsets`. */
  #state = new Uint8Array(1024)

  #of(term: number): Int32Array | null {
    if (term >= this.#state.length) {
      const state = new Uint8Array(Math.max(term + 1, this.#state.length * 2))
      state.set(this.#state)
      this.#state = state
    }
    const state = this.#state[term]
    if (state === 1) return null
    if (state === 2) return this.#synsets[term]!
    const stem = this.#wordings.vocabulary.stems[term]!
    const synsets = synsetsOf(this.#table, stem)
    this.#state[term] = synsets ? 2 : 1
    if (synsets) {
      // Filled up to the term: a list written at scattered places would turn into a dictionary.
      while (this.#synsets.length <= term) this.#synsets.push(noSynsets)
      this.#synsets[term] = synsets
    }
    return synsets
  }

  /** Whether term `term` has a synset (so that a synonym may match it). */
  has(term: number): boolean {
    return this.#of(term) !== null
  }

  /** Stamp the synsets of the marked wording's terms (the first term of each synset answers for it). */
  mark(terms: ArrayLike<number>): void {
    const mark = ++this.#mark
    this.#markedHasSynsets = false
    for (let at = 0; at < terms.length; at++) {
      const synsets = this.#of(terms[at]!)
      if (!synsets) continue
      this.#markedHasSynsets = true
      for (let each = 0; each < synsets.length; each++) {
        const synset = synsets[each]!
        if (this.#synsetMark[synset] === mark) continue
        this.#synsetMark[synset] = mark
        this.#synsetTerm[synset] = terms[at]!
      }
    }
  }

  /**
   * The weight synonyms add between the marked wording and `other`: each
   * term of `other` the marked one lacks, matched to at most one term of the
   * marked one that `other` lacks, through a shared synset.
   */
  shared(other: ArrayLike<number>, isMarked: (term: number) => boolean): number {
    const matches = this.#matches
    // Nothing to match with: most wordings of names and numbers, and every synthetic one.
    if (!this.#markedHasSynsets) {
      matches.none()
      return 0
    }
    matches.begin(other, this.#wordings.vocabulary.size)
    let added = 0
    for (let at = 0; at < other.length; at++) {
      const term = other[at]!
      // Synsets first: most terms have none, and that is one read, where `isMarked` is a lookup.
      const synsets = this.#of(term)
      if (!synsets || isMarked(term)) continue
      for (let each = 0; each < synsets.length; each++) {
        const synset = synsets[each]!
        if (this.#synsetMark[synset] !== this.#mark) continue
        const match = this.#synsetTerm[synset]!
        if (!matches.free(match)) continue
        matches.take(term, match)
        added += softWeight * Math.min(this.#wordings.weight(term), this.#wordings.weight(match))
        break
      }
    }
    return added
  }

  /** Whether marked term `term` was matched in the last `shared` call. */
  used(term: number): boolean {
    return this.#matches.used(term)
  }

  /** The marked term that term `term` of the other wording was matched to in the last `shared` call, or -1. */
  partner(term: number): number {
    return this.#matches.partner(term)
  }
}
