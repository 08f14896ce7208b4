import {describe, expect, it} from 'vitest'
import {extractQuotes} from '../src/index.js'
import {loadDocument} from '../src/source/document.js'
import {splitParagraphs} from '../src/source/text.js'

describe('plain text paragraphs', () => {
  it('splits on blank lines and on lines that start a new paragraph', () => {
    const text = 'Headline here\nFirst paragraph starts\nand goes on, over a wrapped line.\n\nSecond one.'
    expect(splitParagraphs(text).map((range) => text.slice(range.start, range.end))).toEqual([
      'Headline here',
      'First paragraph starts\nand goes on, over a wrapped line.',
      'Second one.'
    ])
  })
})

describe('HTML', () => {
  const html =
    '<html><head><title>x</title><script>var a = "not a quote";</script></head><body><nav>“Menu”</nav>' +
    '<h1>Mayor: &lsquo;We will rebuild&rsquo;</h1>' +
    '<p>&ldquo;The bridge <em>will</em> reopen,&rdquo; Mayor Ana Costa said.</p>' +
    '<form><label>“Search”</label></form><blockquote><p>“Every street matters,” she added.</p></blockquote></body></html>'
  const {quotes} = extractQuotes(html, {format: 'html'})

  it('reads article text only, and slices the HTML with every offset', () => {
    expect(quotes.map((quote) => quote.decoded ?? quote.text)).toEqual(['We will rebuild', 'The bridge will reopen,', 'Every street matters,'])
    for (const quote of quotes) expect(html.slice(quote.start, quote.end)).toBe(quote.text)
    expect(quotes[1]!.text).toBe('The bridge <em>will</em> reopen,')
  })

  it('attributes across markup', () => {
    expect(quotes[1]!.speaker).toMatchObject({name: 'Ana Costa', kind: 'person'})
    expect(html.slice(quotes[1]!.speaker!.mention.start, quotes[1]!.speaker!.mention.end)).toBe('Mayor Ana Costa')
    expect(quotes[2]!.speaker?.name).toBe('Ana Costa')
  })

  it('maps character references back to themselves', () => {
    const document = loadDocument('<p>&ldquo;Hi&rdquo;</p>', 'html')
    expect(document.text).toBe('“Hi”')
    expect(document.map.start(0)).toBe(3)
    expect(document.map.end(1)).toBe(10)
    expect(document.map.end(4)).toBe(19)
  })
})

describe('Markdown', () => {
  const markdown = '# Minister: ‘No new taxes’\n\n> “We keep our \\*promise\\*,” said [Minister Omar Haddad](https://example.com).\n\n```\n“code is not prose”\n```\n'
  const {quotes} = extractQuotes(markdown, {format: 'markdown'})

  it('reads prose, skips code, and keeps offsets into the Markdown', () => {
    expect(quotes.map((quote) => quote.decoded ?? quote.text)).toEqual(['No new taxes', 'We keep our *promise*,'])
    for (const quote of quotes) expect(markdown.slice(quote.start, quote.end)).toBe(quote.text)
    expect(quotes[1]!.text).toBe('We keep our \\*promise\\*,')
    expect(quotes[1]!.speaker?.name).toBe('Omar Haddad')
  })
})

describe('bad input', () => {
  it('names the problem', () => {
    expect(() => extractQuotes(42 as never)).toThrow(/Expected a string/)
    expect(() => extractQuotes('x', {format: 'pdf' as never})).toThrow(/Unknown format `pdf`/)
    expect(() => extractQuotes('x', {minConfidence: 3})).toThrow(/minConfidence/)
  })
})
