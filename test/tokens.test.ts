import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findNameRuns} from '../src/entities/names.js'
import {letterWordsIn, runsIn, tokenizeDocument} from '../src/parse/tokens.js'

/** The patterns each stage ran by itself before the words were shared. */
function matches(pattern: RegExp, text: string, from: number, to: number): Array<[number, number]> {
  const found: Array<[number, number]> = []
  const global = new RegExp(pattern.source, 'gu')
  global.lastIndex = from
  let match: RegExpExecArray | null
  while ((match = global.exec(text)) && match.index < to) found.push([match.index, Math.min(to, match.index + match[0].length)])
  return found
}

function commonWords(text: string): Set<string> {
  const words = new Set<string>()
  for (const [start, end] of matches(/\p{Ll}[\p{Ll}’'-]*/u, text, 0, text.length)) {
    if (start > 0 && /[\p{L}\p{N}]$/u.test(text.slice(Math.max(0, start - 2), start))) continue
    words.add(text.slice(start, end))
  }
  return words
}

const pieces = ['the', 'The', 'Putin', 'McCain', 'iPhone', 'al-Assad', 'don’t', "Smith's", 'U.S.', 'e.g.', '3rd', '2019', 'é', 'e\u0301t', '𝐚b', 'Ωmega', '-', '’', "'", '.', ' ', '\n', ',', '“', '”', 'x', 'Xy']
const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({maxLength: 3}), fc.string({unit: 'binary', maxLength: 3})), {maxLength: 30}).map((parts) => parts.join(''))

describe('tokenizeDocument: one reading of the words', () => {
  it('finds the same common words as the common-word pattern', () => {
    fc.assert(
      fc.property(text, (value) => {
        const words = tokenizeDocument(value)
        expect(words.common).toEqual(commonWords(value))
        // Read by character codes, the runs are the pattern's matches, surrogate pairs and marks included.
        const runs = Array.from({length: words.count}, (_, index) => [words.starts[index], words.ends[index]])
        expect(runs).toEqual(matches(/[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}’'.\-]*/u, value, 0, value.length))
      }),
      {numRuns: 2000}
    )
  })

  it('gives each range the runs and the letter words its own pattern finds, or says that the range cuts a run', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (value, a, b) => {
        const from = a % (value.length + 1)
        const to = from + (b % (value.length - from + 1))
        const words = tokenizeDocument(value)
        const runs = runsIn(words, from, to)
        const letters = letterWordsIn(words, from, to)
        const cut = matches(/[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}’'.\-]*/u, value, 0, value.length).some(([start, end]) => start < from && end > from)
        expect(runs === undefined).toBe(cut)
        expect(letters === undefined).toBe(cut)
        if (runs) {
          const shared = []
          for (let index = runs[0]; index < runs[1]; index++) shared.push([words.starts[index], Math.min(words.ends[index]!, to)])
          expect(shared).toEqual(matches(/[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}’'.\-]*/u, value, from, to))
        }
        if (letters) expect(letters).toEqual(matches(/[\p{L}][\p{L}’'-]*/u, value, from, to))
      }),
      {numRuns: 3000}
    )
  })

  it('gives the name finder the same runs with and without the shared words', () => {
    const value = 'Russian President Vladimir Putin’s remarks. deputy head Moussa Abu Marzouk, the U.S. envoy, met Dr. Keiko Tanaka-Holm. iPhone maker al-Assad'
    const words = tokenizeDocument(value)
    const isCommonWord = (lower: string) => words.common.has(lower)
    for (const [from, to] of [[0, value.length], [0, 44], [44, 97], [3, 60], [60, value.length]] as const) {
      expect(findNameRuns(value, from, to, isCommonWord, words)).toEqual(findNameRuns(value, from, to, isCommonWord))
    }
    expect(findNameRuns(value, 0, value.length, isCommonWord, words).map((run) => run.name)).toContain('Vladimir Putin')
  })
})
