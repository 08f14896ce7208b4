import fc from 'fast-check'
import {stemmer} from 'stemmer'
import {describe, expect, it} from 'vitest'
import {isFunctionWord, Vocabulary} from '../src/cluster/features.js'

/** The plain reading `Vocabulary#terms` speeds up: every word through the pattern, ids in order of first use. */
function reference() {
  const ids = new Map<string, number>()
  return (text: string): number[] => {
    const found: number[] = []
    for (const [written] of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)) {
      const word = written.toLowerCase().replace(/’/g, "'")
      if (isFunctionWord(word)) continue
      const stem = stemmer(word.normalize('NFKD').replace(/\p{M}/gu, '').replace(/'s$/, ''))
      if (!ids.has(stem)) ids.set(stem, ids.size)
      if (!found.includes(ids.get(stem)!)) found.push(ids.get(stem)!)
    }
    return found
  }
}

const pieces = ['a', 'Z', '9', "'", '’', '‘', '“', '”', 'é', 'Ñ', 'ª', '²', '\u0301', '—', ' ', '.', 'İ', 'ß', '日本', '😀', 'O’Brien', "it's", 'Café', 'Kremlin', 'the']
const text = fc.oneof(
  fc.array(fc.constantFrom(...pieces), {maxLength: 40}).map((parts) => parts.join('')),
  fc.string({maxLength: 80}),
  fc.string({unit: 'binary', maxLength: 60})
)

describe('Vocabulary#terms', () => {
  it('reads the same terms as the word pattern, for any text', () => {
    fc.assert(
      fc.property(fc.array(text, {minLength: 1, maxLength: 6}), (texts) => {
        const vocabulary = new Vocabulary()
        const expected = reference()
        for (const value of texts) expect([...vocabulary.terms(value)]).toEqual(expected(value))
      }),
      {numRuns: 500}
    )
  })

  it('drops repeats in a long wording as in a short one (a scan up to 16 terms, stamps past them)', () => {
    const vocabulary = new Vocabulary()
    const expected = reference()
    const words = Array.from({length: 40}, (_, at) => `zork${at.toString(36)}x`)
    // Repeats of the first terms after the 16th, of later ones, and a wording that repeats its 16th term at once.
    const texts = [[...words, ...words].join(' '), [...words.slice(0, 17), words[3], words[16], words[20], words[20]].join(' '), [...words.slice(0, 16), words[15], words[15], words[0]].join(' ')]
    for (const value of texts) expect([...vocabulary.terms(value)]).toEqual(expected(value))
  })

  it('folds case, accents and curly apostrophes, stems, and drops function words', () => {
    const vocabulary = new Vocabulary()
    const [relations, stable] = vocabulary.terms('Relations were stable')
    expect([...vocabulary.terms('the STABLE relation’s')]).toEqual([stable, relations])
    expect([...vocabulary.terms('Café cafe')]).toHaveLength(1)
    expect([...vocabulary.terms('it’s and the')]).toEqual([])
  })

  it('drops a function word with a clitic, and every “n’t” auxiliary: “we’ll”, “I’m”, “can’t”', () => {
    const vocabulary = new Vocabulary()
    expect([...vocabulary.terms('We’ll be discussing this tonight')]).toEqual([...vocabulary.terms('We will be discussing this tonight')])
    expect([...vocabulary.terms("I'm sure they're ready, I can't wait")]).toEqual([...vocabulary.terms('sure ready wait')])
    // A name with a clitic keeps its stem: “Kašpar’s” is `kaspar`.
    expect(vocabulary.terms('Kašpar’s town')).toHaveLength(2)
    expect(isFunctionWord("we've")).toBe(true)
    expect(isFunctionWord("o'brien")).toBe(false)
  })
})
