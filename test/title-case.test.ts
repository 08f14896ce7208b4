import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {isTitleCase} from '../src/parse/title-case.js'

/** The plain reading the fast one replaces: split at white space, words of four or more characters opening with a letter. */
function plainTitleCase(line: string): boolean {
  const words = line.split(/\s+/).filter((word) => /^\p{L}/u.test(word) && word.length > 3)
  return words.length >= 3 && words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length > 0.8
}

describe('isTitleCase', () => {
  it('reads headlines and sentences', () => {
    expect(isTitleCase('Mayor Rips Budget Plan As ‘A Disgrace’')).toBe(true)
    expect(isTitleCase('The mayor said the budget plan was a disgrace')).toBe(false)
    expect(isTitleCase('Élan Vital Über Alles Forever')).toBe(true)
    expect(isTitleCase('Too few')).toBe(false)
  })

  it('agrees with splitting the line into words', () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ\u00e9\u0130\u03a9\u03c9\d'’-]{0,8}$/)
    const space = fc.constantFrom(' ', '  ', '\t', '\u00a0', '\u2003', '\n')
    const line = fc.array(fc.tuple(word, space), {maxLength: 12}).map((parts) => parts.map(([w, s]) => w + s).join(''))
    fc.assert(fc.property(line, (text) => isTitleCase(text) === plainTitleCase(text)), {numRuns: 2000})
  })
})
