/**
 * What a wording is made of for comparison: its content words, folded
 * (case, accents), stemmed (Porter, from the `stemmer` package) and mapped to
 * ids in a shared vocabulary. Function words carry no statement.
 */

import {stemmer} from 'stemmer'
import {stopwords} from '../lexicon/stopwords.js'

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu

export class Vocabulary {
  readonly #ids = new Map<string, number>()
  /** Term id (or -1, a function word) of each word, as written and lowercased. */
  readonly #stems = new Map<string, number>()
  /** How many items hold each term (document frequency). */
  frequencies = new Int32Array(1024)
  size = 0

  /** Ids of the distinct content stems of `text`, in order of first use. */
  terms(text: string): number[] {
    const found: number[] = []
    let match: RegExpExecArray | null
    wordPattern.lastIndex = 0
    while ((match = wordPattern.exec(text))) {
      // Words as written are looked up first: most are met again in the same form.
      let id = this.#stems.get(match[0])
      if (id === undefined) {
        const lower = match[0].toLowerCase()
        const word = lower.includes('’') ? lower.replace(/’/g, "'") : lower
        id = this.#stems.get(word)
        if (id === undefined) {
          id = stopwords.has(word.replace(/'/g, '’')) || stopwords.has(word) ? -1 : this.#id(stemmer(fold(word).replace(/'s$/, '')))
          this.#stems.set(word, id)
        }
        this.#stems.set(match[0], id)
      }
      // Wordings are short: a scan of what is found beats a Set.
      if (id !== -1 && !found.includes(id)) found.push(id)
    }
    return found
  }

  /** Count an item's terms in the frequencies. */
  count(terms: readonly number[], delta = 1): void {
    for (const term of terms) this.frequencies[term]! += delta
  }

  #id(stem: string): number {
    let id = this.#ids.get(stem)
    if (id === undefined) {
      id = this.size++
      this.#ids.set(stem, id)
      if (id >= this.frequencies.length) {
        const grown = new Int32Array(this.frequencies.length * 2)
        grown.set(this.frequencies)
        this.frequencies = grown
      }
    }
    return id
  }
}

function fold(word: string): string {
  return /[^\u0000-\u007F]/.test(word) ? word.normalize('NFKD').replace(/\p{M}/gu, '') : word
}
