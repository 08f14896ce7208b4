import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {isPlainLowerCase, lowerCase} from '../src/parse/lower-case.js'

describe('lowerCase', () => {
  it('agrees with toLowerCase on any string, asked once or twice', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme'}), (word) => {
        expect(lowerCase(word)).toBe(word.toLowerCase())
        expect(lowerCase(word)).toBe(word.toLowerCase())
      })
    )
  })

  it('agrees on words sliced from two-byte text (curly quotes), capitals, accents and dotted İ included', () => {
    const text = '“Putin”, said İstanbul’s MAYOR Ángela Núñez-López and café owners, O’Brien’s.'
    for (const word of text.split(/[\s,.“”]+/)) expect(lowerCase(word)).toBe(word.toLowerCase())
  })

  it('tells a word that is its own lowercase from its characters', () => {
    expect(isPlainLowerCase('said')).toBe(true)
    expect(isPlainLowerCase('o’brien')).toBe(false)
    expect(isPlainLowerCase('Said')).toBe(false)
  })
})
