import {ParseEnglish} from 'parse-english'
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import {retext} from 'retext'
import {unified, type Processor} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import retextWhosaid from '../src/retext.js'

/** Run a pipeline that has no compiler (the bridges end in a transform). */
async function run(processor: Processor<any, any, any, any, any>, value: string): Promise<VFile> {
  const file = new VFile(value)
  await processor.run(processor.parse(file), file)
  return file
}

/** Every quote's offsets point into the file: `text === value.slice(start, end)`. */
function expectOffsetsIntoFile(file: VFile): void {
  const value = String(file)
  for (const quote of file.data.whosaid!.quotes) {
    expect(value.slice(quote.start, quote.end)).toBe(quote.text)
    if (quote.speaker) expect(value.slice(quote.speaker.mention.start, quote.speaker.mention.end)).toBe(quote.speaker.mention.text)
  }
}

describe('retext plugin', () => {
  it('puts quotes and entities in file.data.whosaid and warnings in file.messages', async () => {
    const file = await retext().use(retextWhosaid).process('“We will win,” said Coach Dana Whitfield.\n\nShe said: “and then')
    expect(file.data.whosaid?.quotes.map((quote) => quote.speaker?.name)).toEqual(['Dana Whitfield', 'Dana Whitfield'])
    expect(file.data.whosaid?.entities[0]?.name).toBe('Dana Whitfield')
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0]).toMatchObject({ruleId: 'unclosed-mark', source: 'whosaid', line: 3, column: 11, fatal: false, url: 'https://github.com/whosaid/whosaid#messages'})
    expect(file.messages[0]?.place).toMatchObject({start: {line: 3, column: 11, offset: 53}})
    expectOffsetsIntoFile(file)
  })

  it('reads the tree of remark-retext: Markdown syntax is not prose', async () => {
    const markdown = '“We will win,” said **Finance Minister** *Ana Costa*.\n\n> “Prices will fall,” she added.'
    const file = await run(unified().use(remarkParse).use(remarkRetext, ParseEnglish).use(retextWhosaid), markdown)
    const quotes = file.data.whosaid!.quotes
    expect(quotes.map((quote) => [quote.text, quote.speaker?.name])).toEqual([
      ['We will win,', 'Ana Costa'],
      ['Prices will fall,', 'Ana Costa']
    ])
    // The mention runs over the emphasis in the file; its prose has none.
    expect(quotes[0]!.speaker!.mention.text).toContain('Ana Costa')
    expect(markdown.slice(quotes[1]!.start - 1, quotes[1]!.end + 1)).toBe('“Prices will fall,”')
    expectOffsetsIntoFile(file)
  })

  it('reads the tree of rehype-retext: references are decoded, offsets point into the HTML', async () => {
    const html = '<p>&ldquo;We will win,&rdquo; said <b>Finance Minister</b> Ana Costa.</p><p>&ldquo;Prices will fall,&rdquo; she added.</p>'
    const file = await run(unified().use(rehypeParse, {fragment: true}).use(rehypeRetext, ParseEnglish).use(retextWhosaid), html)
    const quotes = file.data.whosaid!.quotes
    expect(quotes.map((quote) => [quote.decoded ?? quote.text, quote.speaker?.name])).toEqual([
      ['We will win,', 'Ana Costa'],
      ['Prices will fall,', 'Ana Costa']
    ])
    // The positions rehype-retext gives drift after `&ldquo;`; ours do not.
    expect(html.slice(quotes[0]!.start - '&ldquo;'.length, quotes[0]!.end + '&rdquo;'.length)).toBe('&ldquo;We will win,&rdquo;')
    expect(html.slice(quotes[1]!.start, quotes[1]!.end)).toBe('Prices will fall,')
    expectOffsetsIntoFile(file)
  })

  it('works on a tree without a file value (offsets into the prose)', async () => {
    const processor = retext().use(retextWhosaid)
    const tree = processor.parse('“We will win,” said Coach Dana Whitfield.')
    const file = new VFile()
    await processor.run(tree, file)
    expect(file.data.whosaid?.quotes[0]).toMatchObject({text: 'We will win,', start: 1, end: 13})
  })

  it('rejects a `format` option', () => {
    expect(() => retextWhosaid({format: 'html'} as never)).toThrow(/Unexpected option `format`/)
  })
})
