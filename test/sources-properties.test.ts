import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {extractQuotes} from '../src/index.js'
import {loadDocument, sourceFormats} from '../src/source/document.js'

// Pieces of hostile sources: marks, invisible characters, references, and the markup of every format.
const pieces = [
  '“', '”', '‘', '’', '"', ' ', '\n', '\n\n', ', ', '. ', 'said', 'Ann Lee', ':',
  '\u200B', '\u200E', '\u200F', '\u2060', '\u00AD', '\uFEFF', '&rlm;', '&shy;', '&#147;', '&#148;', '&ldquo;', '&copy',
  '<p>', '</p>', '<q>', '</q>', '<blockquote>', '</blockquote>', '<cite>', '</cite>', '<footer>', '<aside>', '<div class="pull-quote">', '</div>',
  '*', '_', '[a](b)', '> ', '- ', '1. ', '```', '---\n', '| a |', '|---|', 'import a from "b"\n', '{x}', '<X>', '\\*'
]
const hostile = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({maxLength: 4})), {maxLength: 50}).map((parts) => parts.join(''))

describe('reading any source', () => {
  for (const format of sourceFormats) {
    it(`never throws, and every quote slices the original input (${format})`, () => {
      fc.assert(
        fc.property(hostile, (source) => {
          const document = loadDocument(source, format)
          let previous = 0
          for (const paragraph of document.paragraphs) {
            expect(paragraph.start).toBeGreaterThanOrEqual(previous)
            expect(paragraph.end).toBeLessThanOrEqual(document.text.length)
            previous = paragraph.end
          }
          expect(/\p{Cf}/u.test(document.text)).toBe(false)
          for (let index = 0; index <= document.text.length; index++) {
            expect(document.map.start(index)).toBeLessThanOrEqual(source.length)
            expect(document.map.end(index)).toBeLessThanOrEqual(source.length)
          }
          const {quotes, messages} = extractQuotes(source, {format})
          for (const quote of quotes) {
            expect(0 <= quote.start && quote.start <= quote.end && quote.end <= source.length).toBe(true)
            expect(source.slice(quote.start, quote.end)).toBe(quote.text)
          }
          for (const message of messages) expect(message.start <= message.end && message.end <= source.length).toBe(true)
        }),
        {numRuns: 150}
      )
    })
  }
})
