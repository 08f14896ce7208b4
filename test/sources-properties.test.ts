import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {extractQuotes} from '../src/index.js'
import {loadDocument, sourceFormats} from '../src/source/document.js'
import {parse} from 'parse5'
import {treeAdapter} from '../src/source/html.js'

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

// The HTML reader's tree adapter extends locations in place (`src/source/html.ts`): every node's
// location must be what parse5's default adapter, which copies them, gives.
describe('HTML locations', () => {
  const markup = ['<p>', '</p>', '<b>', '</b>', '<table>', '<tr>', '<td>', '</td>', '<template>', '</template>', '<br>', '<!-- c -->', '<script>x</script>', '&amp;', '&#147;', '\r\n', '\r', '\t', ' ', 'a b', '“a,” said Ann.', '<svg><text>a</text></svg>', '<p class="x" id=y>', '<li>', '<select><option>a', '<![CDATA[x]]>', '\u0000']
  const html = fc.array(fc.oneof(fc.constantFrom(...markup), fc.string({maxLength: 6})), {maxLength: 60}).map((parts) => parts.join(''))
  const locations = (node: Record<string, unknown>): unknown[] => [
    node.nodeName,
    node.sourceCodeLocation ?? null,
    ...((node.childNodes as Array<Record<string, unknown>> | undefined) ?? []).flatMap(locations),
    ...(node.content ? locations(node.content as Record<string, unknown>) : [])
  ]
  it('are those of parse5’s default tree adapter, node for node', () => {
    fc.assert(
      fc.property(html, (source) => {
        const ours = parse(source, {sourceCodeLocationInfo: true, treeAdapter})
        const theirs = parse(source, {sourceCodeLocationInfo: true})
        expect(locations(ours as unknown as Record<string, unknown>)).toEqual(locations(theirs as unknown as Record<string, unknown>))
      }),
      {numRuns: 1500}
    )
  })
})
