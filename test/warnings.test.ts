import {describe, expect, it} from 'vitest'
import {extractQuotes} from '../src/index.js'

// Deep runs of opening marks once lost warnings (32 at most) and the quote the paragraph's end closes.
describe('unclosed marks past the nesting bound', () => {
  it('warns once for every unclosed mark, however many', () => {
    for (const count of [10, 40, 1000]) {
      const {messages} = extractQuotes('“a '.repeat(count))
      expect(messages.filter((message) => message.ruleId === 'unclosed-mark')).toHaveLength(count)
      expect(new Set(messages.map((message) => message.start)).size).toBe(count)
    }
  })

  it('still closes the paragraph-opening quote at the paragraph end', () => {
    for (const count of [10, 33, 40, 1000]) {
      const source = '“a '.repeat(count)
      const {quotes} = extractQuotes(source)
      expect(quotes).toHaveLength(1)
      expect(quotes[0]!.start).toBe(1)
      expect(quotes[0]!.text).toBe(source.slice(1).trimEnd())
    }
  })

  it('pairs a closing mark with the nearest opener after the bound', () => {
    const source = 'x “a '.repeat(40) + '“the end” he said.'
    const {quotes} = extractQuotes(source)
    expect(quotes.map((quote) => quote.text)).toEqual(['the end'])
  })
})
