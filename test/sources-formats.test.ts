import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {extractQuotes} from '../src/index.js'
import {loadDocument, sourceFormats} from '../src/source/document.js'
import type {Nodes, Parents} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {frontmatterFromMarkdown} from 'mdast-util-frontmatter'
import {gfmFromMarkdown} from 'mdast-util-gfm'
import {frontmatter} from 'micromark-extension-frontmatter'
import {gfm} from 'micromark-extension-gfm'
import {chunkSize, isPlainBlock, markdownChunks, maxBlockSize, opensFrontMatter, parseParts, partSize, wholeChunks} from '../src/source/markdown-blocks.js'
import {plainTree} from '../src/source/markdown-plain.js'
import {PlainTextBuilder} from '../src/source/offset-map.js'
import type {SourceFormat} from '../src/types.js'

/** Every quote, speaker mention and cue slices the original input exactly. */
function expectExact(source: string, format: SourceFormat) {
  const result = extractQuotes(source, {format})
  for (const quote of result.quotes) {
    expect(source.slice(quote.start, quote.end)).toBe(quote.text)
    if (quote.speaker) expect(source.slice(quote.speaker.mention.start, quote.speaker.mention.end)).toBe(quote.speaker.mention.text)
    if (quote.cue) expect(source.slice(quote.cue.start, quote.cue.end)).toBe(quote.cue.text)
  }
  for (const message of result.messages) expect(message.end).toBeLessThanOrEqual(source.length)
  return result
}

describe('PlainTextBuilder', () => {
  it('keeps one run for contiguous verbatim text and maps decoded characters to their whole source', () => {
    const builder = new PlainTextBuilder()
    builder.appendVerbatim('ab', 0)
    builder.appendVerbatim('cd', 2)
    builder.appendDecoded('”', 4, 11)
    builder.appendSeparator('\n\n', 11)
    builder.trimEnd()
    const map = builder.map(20)
    expect(builder.text).toBe('abcd”')
    expect([map.start(0), map.start(3), map.end(4), map.start(4), map.end(5), map.start(5)]).toEqual([0, 3, 4, 4, 11, 20])
  })

  it('trims across pieces and forgets the runs it removed', () => {
    const builder = new PlainTextBuilder()
    builder.appendVerbatim('Hi ', 0)
    builder.appendSeparator(' ', 3)
    builder.appendVerbatim('  ', 10)
    builder.trimEnd()
    builder.appendVerbatim('x', 20)
    const map = builder.map(21)
    expect(builder.text).toBe('Hix')
    expect([map.start(1), map.start(2), map.end(3)]).toEqual([1, 20, 21])
  })

  it('leaves format characters out of the text while the map keeps their neighbours in place', () => {
    const builder = new PlainTextBuilder()
    builder.appendVerbatim('Vladi\u00ADmir\u200B Putin', 0)
    const map = builder.map(16)
    expect(builder.text).toBe('Vladimir Putin')
    expect([map.start(5), map.end(8), map.start(8)]).toEqual([6, 9, 10])
  })
})

describe('linear time in the source stage (ratios in one run)', () => {
  const perKb = (source: string, format: SourceFormat) => {
    let best = Number.POSITIVE_INFINITY
    for (let run = 0; run < 2; run++) {
      const start = performance.now()
      loadDocument(source, format)
      best = Math.min(best, performance.now() - start)
    }
    return best / source.length
  }
  const shapes: Array<[string, SourceFormat, string, number]> = [
    ['HTML paragraphs', 'html', '<p>“Hi,” said Ann Lee. x</p>', 6000],
    ['Markdown paragraphs', 'markdown', '“Hi,” said Ann Lee. x\n\n', 1500],
    ['text with invisible characters', 'text', 'Ann\u200B Lee said: \u200F“Hi,”\u200F x\n', 6000]
  ]
  for (const [name, format, unit, count] of shapes) {
    it(`${name}: time per KB at 4× the size stays within 2.5× (quadratic gives 4×)`, () => {
      perKb(unit.repeat(count / 4), format)
      const small = perKb(unit.repeat(count), format)
      const large = perKb(unit.repeat(count * 4), format)
      expect(large / small).toBeLessThan(2.5)
    }, 60_000)
  }
})

describe('Markdown the parser cannot take in linear time is read as text, with a warning', () => {
  const hostile: Array<[string, string]> = [
    ['*a*a*…', '*a'.repeat(60_000)],
    ['> > > …', '> '.repeat(60_000) + '“x”'],
    ['- - - …', '- '.repeat(10_000) + '“x”'],
    ['[a](b) repeated', '[a](b) '.repeat(20_000)],
    ['deep emphasis', '*a '.repeat(6000) + 'x' + ' a*'.repeat(6000)],
    ['short paragraphs dense with links', '[a](b) c\n\n'.repeat(5000)]
  ]
  for (const [name, source] of hostile) {
    it(name, () => {
      const result = expectExact(source, 'markdown')
      expect(result.messages.some((message) => message.ruleId === 'markdown-limit')).toBe(true)
    }, 20_000)
  }

  it('keeps quotes found in a chunk read as text', () => {
    const source = '“Hi,” said Ann Lee.\n\n' + '- '.repeat(100) + '“We will win,” said Bob Ray.'
    const {quotes, messages} = expectExact(source, 'markdown')
    expect(quotes.map((quote) => quote.text)).toEqual(['Hi,', 'We will win,'])
    expect(messages[0]).toMatchObject({ruleId: 'markdown-limit', start: 21, end: source.length})
  })

  it('parses a long document a chunk of blocks at a time, never inside a fenced block', () => {
    const prose = '“Hi,” said Ann Lee.\n\n'.repeat(1500)
    const source = prose + '```\n' + '“not prose”\n\n'.repeat(100) + '```\n\n' + prose
    const chunks = markdownChunks(source)
    expect(chunks.length).toBeGreaterThan(2)
    const fenceStart = prose.length
    const fenceEnd = source.length - prose.length
    for (const chunk of chunks) expect(chunk.start <= fenceStart || chunk.start >= fenceEnd).toBe(true)
    const {quotes} = expectExact(source, 'markdown')
    expect(quotes.length).toBe(3000)
    expect(quotes.some((quote) => quote.text.includes('not prose'))).toBe(false)
  })

  it('parses the chunks of a long document in parts of blocks, never at an indented line or `---`, and not when a definition may be read elsewhere', () => {
    const unit = '- “First,” she said.\n\n  continued “para,” he said.\n\n    indented “y”\n\n---\n\n“Hi,” said Ann Lee.\n\n'
    const source = unit.repeat(Math.ceil((4 * chunkSize) / unit.length))
    const chunk = markdownChunks(source)[1]!
    const parts = parseParts(source, chunk, false)
    expect(parts.length).toBeGreaterThan(2)
    for (const part of parts.slice(1)) {
      expect(part.end - part.start).toBeLessThan(2 * partSize)
      expect(source[part.start]).not.toBe(' ')
      expect(source.startsWith('---', part.start)).toBe(false)
    }
    expect(parts.map((part) => source.slice(part.start, part.end)).join('')).toBe(source.slice(chunk.start, chunk.end))
    expect(parseParts(source, chunk, true)).toEqual([chunk])
    expect(wholeChunks(source, 'markdown')).toBe(false)
    expect(wholeChunks(source + '[x]: https://example.com', 'markdown')).toBe(true)
    expect(wholeChunks(source, 'mdx')).toBe(true)
    // A document of one chunk is read in parts too, unless it may hold a definition.
    expect(markdownChunks(source.slice(0, 200))).toHaveLength(1)
    expect(wholeChunks(source.slice(0, 200), 'markdown')).toBe(false)
  })

  // micromark's front-matter extension, given a fence left unclosed, read the rest wrongly: the
  // list below became a paragraph and indented code, and the quote “c” was lost.
  it('gives the parser no front-matter extension after an opening fence that nothing closes', () => {
    for (const fence of ['+++', '---']) {
      const source = `${fence}\n\n- a\n  - nested “b,” said Gil\n\n    - deeper\n\n      para “c”\n`
      expect(extractQuotes(source, {format: 'markdown'}).quotes.map((quote) => quote.text)).toEqual(['b,', 'c'])
      expect(opensFrontMatter(source)).toBe(false)
      expect(opensFrontMatter(`${fence}\ntitle: x\n${fence}\n\n“Hi,” said Ann Lee.`)).toBe(true)
    }
  })

  it('reads front matter only at the start of a long document, never where a later chunk starts with `---` or `+++`', () => {
    for (const fence of ['+++', '---']) {
      const unit = `${fence}\n\n“Hi,” said Ann Lee.\n\n`
      const count = Math.ceil((4 * chunkSize) / unit.length)
      // A first paragraph (front matter at the document's start is front matter) whose length puts
      // a fence at the start of each later chunk.
      const source = 'x\n\n' + unit.repeat(count)
      expect(markdownChunks(source).filter((chunk) => chunk.start > 0 && source.startsWith(fence, chunk.start)).length).toBeGreaterThan(2)
      // With a definition the chunks are parsed whole; in parts without: the same quotes either way.
      for (const text of [source, source + '[x]: https://example.com\n']) {
        const {quotes} = expectExact(text, 'markdown')
        expect(quotes).toHaveLength(count)
      }
    }
  })

  it('ends front matter only at the fence that opened it', () => {
    // TOML front matter holding a `---` line: the lines after `---` are still front matter, so no
    // chunk or part may start there (it would read them as prose, where the document's parse does not).
    const source = '+++\ntitle = "x"\n---\n\n“not prose,” said Nobody.\n\n' + 'key = 1\n\n'.repeat(1000) + '+++\n\n' + '“Hi,” said Ann Lee.\n\n'.repeat(3000)
    for (const text of [source, source + '[x]: https://example.com\n']) {
      const {quotes} = expectExact(text, 'markdown')
      expect(quotes).toHaveLength(3000)
      expect(quotes[0]!.text).toBe('Hi,')
    }
  })

  // The parts give what their whole chunk gives: a definition anywhere (here in a comment at the
  // end, which adds no text) makes every chunk be parsed whole, so the two must agree.
  it('gives the same quotes whether a long document is parsed in parts or a chunk at a time', () => {
    const block = fc.constantFrom(
      '“We will win,” said Ann Lee, the *mayor*. “No doubt.”',
      '- “First,” she said.\n- an item with **bold** text\n\n  continued “para,” he said.',
      '- a\n  - nested “b,” said Gil\n\n    - deeper\n\n      para “c”',
      '> “Quoted,” said Bob Ray.\n> more',
      '> lazy\ncontinuation “z,” said Hal.',
      '1. one “x”\n2. two',
      'Heading “Title”\n===',
      '---',
      '---\ntitle: “x”\n---',
      '```\ncode “not a quote,” said Nobody.\n\n```',
      '    indented code “y”',
      '\tTabbed “t”',
      '<div>\n“html block,” said Ann Lee.\n</div>',
      '<!-- comment\n\n“inside”\n-->',
      '| a | “b,” said Cy |\n|---|---|\n| 1 | 2 |',
      'See [the link](http://x), [ref][r] and a note[^1]. “Hi,” said Di Ro.',
      '  two-space “indented,” said Ed.',
      '+++',
      '*emph “across\nlines,” said Jo*',
      '“Plain,” said Ann Lee. x',
      '“Plain over\ntwo lines,” said Ann Lee.',
      'Plain “text” before a list\n- item',
      'Plain “text”\n===',
      '2016. “A year,” she said.',
      'Plain “text” with trailing spaces  \nand “more.”',
      'Plain “www.example.com” and “a@b.co,” said Ann Lee.',
      '“Plain,” said *Ann Lee* of [the council](https://example.com/a_b*c). “**Really**.”',
      '[Bob Ray](x) said: “_Yes_,” and left.\n*Then* “more.”',
      '“Near misses,” said *Ann *Lee, [a](b c) and snake_case.',
      '- “Yes,” said Ann Lee.\n- “No,” said [Bob Ray](x).',
      '> “Quoted,” said *Bob Ray*.',
      '# “A title,” she said'
    )
    const document = fc.array(fc.tuple(block, fc.constantFrom('\n\n', '\n\n\n', '\n \n')), {minLength: 400, maxLength: 700})
    fc.assert(
      fc.property(document, (blocks) => {
        const source = blocks.map(([text, gap]) => text + gap).join('')
        const inParts = extractQuotes(source, {format: 'markdown'})
        const whole = extractQuotes(source + '\n\n<!-- ]: -->\n', {format: 'markdown'})
        expect(inParts).toEqual(whole)
      }),
      // No shrinking: each run extracts two long documents, and a failure shrunk synchronously
      // held the suite for many minutes past its timeout.
      {numRuns: 8, endOnFailure: true}
    )
    // And a short document (one chunk, an article), front matter and all.
    fc.assert(
      fc.property(fc.array(fc.tuple(block, fc.constantFrom('\n\n', '\n\n\n', '\n \n')), {minLength: 1, maxLength: 30}), (blocks) => {
        const source = blocks.map(([text, gap]) => text + gap).join('')
        expect(extractQuotes(source, {format: 'markdown'})).toEqual(extractQuotes(source + '\n\n<!-- ]: -->\n', {format: 'markdown'}))
      }),
      {numRuns: 300}
    )
  }, 60_000)

  // Plain prose (plain emphasis included) is read without the parser: its tree must be the
  // parser's, node for node and text for text, on any block the check lets through.
  it('reads blocks of plain prose as the parser does', () => {
    // Mostly prose and emphasis marks, now and then a piece that may be syntax, so that plain blocks
    // are common and the near misses (a trailing space, `2016.` at a line's start, `www.`, `a*b`,
    // `***`, an opener left open, `*` before a space or after punctuation) are met too.
    const prose = fc.constantFrom('a', 'Ann', ' ', '“', '”', '‘', '’', '.', ',', '!', '?', ';', "'", '"', '(', ')', ':', '/', '-', '+', '=', '1', '2016', '\u00a0', '\u2028', '\f', 'é', '😀')
    const inline = fc.oneof(
      {arbitrary: fc.constantFrom(' *Ann* ', ' *Ann Lee*', '**not** ', ' _a_', '“*Hi*,”', ' __é__.', ' [Ann Lee](x) ', '[a](https://x.org/a_b*c&amp;?q=1) ', '([a](b)).', ' `Ann Lee` ', '`a_b*c`', '`` a`b ``', '` `', '`  `', '` a `', '`[a](b)`', '`<x> &amp; \\`', '`www.x.org`', '(`a`).'), weight: 4},
      {
        arbitrary: fc.constantFrom('*', '**', '_', '__', '***', '*Ann*', '_a_', '__a__', ' * ', '.*', '*.', '_ ', ' *Ann *', ' _a. _', '[', ']', '(', ')', '[a]', '](', '![a](b)', '[^1](b)', '[a](b c)', '[a](<b>)', '[*a*](b)', '*[a](b)*', '[a](b))', '[a]()', '[](b)', '[a](b "t")', '[[a](b)](c)', '[a](b\\)', '`', '``', '```', '`a', 'a`', '`*a`*', '*`a*`', '*a `b` c*', '[`a`](b)', '[a](`b`)', '`a\\`', '\\`a`', '` a`', '``a`', '`a``', '```a```', '`a`b`', '`#`', '`>`', '`a\n# b`', '`a\n> b`', '`a\nb`'),
        weight: 2
      }
    )
    const syntax = fc.constantFrom('  ', '#', '>', '<', '&', '`', '~', '|', '\\', '@', 'www.', 'http://x', '1.', '3)', '\t', '\r', '\u0000', '&amp;')
    const piece = fc.oneof({arbitrary: prose, weight: 30}, {arbitrary: inline, weight: 6}, {arbitrary: syntax, weight: 1})
    const line = fc.array(piece, {minLength: 1, maxLength: 12}).map((pieces) => pieces.join(''))
    // Now and then a heading's opening, or what nearly is one.
    const opening = fc.oneof({arbitrary: fc.constant(''), weight: 6}, {arbitrary: fc.constantFrom('# ', '## ', '###### ', '####### ', '#', '# #', '#  ', '#\t', ' # '), weight: 1})
    // A block of paragraph lines, or of items: every line opened by `- ` (or one by `> `), now and then not quite.
    const itemOpening = fc.oneof({arbitrary: fc.constantFrom('- ', '> '), weight: 8}, {arbitrary: fc.constantFrom('-', '>', '- - ', '> > ', '- [ ] ', '- 1. ', '-  ', '+ ', '* ', ''), weight: 1})
    const gapAfter = fc.constantFrom('\n\n', '\n\n\n', '\n', '')
    const block = fc.oneof(
      {
        arbitrary: fc.tuple(opening, fc.array(line, {minLength: 1, maxLength: 4}), gapAfter).map(([open, lines, gap]) => open + lines.join('\n') + gap),
        weight: 3
      },
      {
        arbitrary: fc.tuple(fc.array(fc.tuple(itemOpening, line), {minLength: 1, maxLength: 4}), gapAfter).map(([items, gap]) => items.map(([open, text]) => open + text).join('\n') + gap),
        weight: 2
      }
    )
    const options = {extensions: [frontmatter(['yaml', 'toml']), gfm()], mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml']), gfmFromMarkdown()]}
    type Shape = {type: string; value?: string; start?: number; end?: number; children?: Shape[]}
    const shape = (node: Nodes): Shape => ({
      type: node.type,
      ...('value' in node ? {value: node.value} : {}),
      ...('depth' in node ? {depth: node.depth} : {}),
      start: node.position?.start.offset,
      end: node.position?.end.offset,
      ...('children' in node ? {children: (node.children as Nodes[]).map(shape)} : {})
    })
    // What the reader reads: paragraphs and headings, in order, whatever containers hold them (two
    // lists a blank line apart are one loose list to the parser, two to the plain reader).
    const paragraphsOf = (tree: Nodes): Shape[] => {
      const found: Shape[] = []
      const visit = (node: Nodes) => {
        if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') found.push(shape(node))
        else if ('children' in node) for (const child of node.children as Nodes[]) visit(child)
      }
      visit(tree)
      return found
    }
    let plain = 0
    let emphasised = 0
    let coded = 0
    let items = 0
    fc.assert(
      fc.property(fc.array(block, {minLength: 1, maxLength: 6}), (blocks) => {
        // A plain part is a run of plain blocks, each ending in a blank line but maybe the last.
        const kept = blocks.filter((text, index) => index === blocks.length - 1 || text.endsWith('\n\n'))
        const source = kept.join('')
        let at = 0
        for (const text of kept) {
          if (!isPlainBlock(source, at, at + text.length)) return
          at += text.length
        }
        plain++
        if (/[*_[]/.test(source)) emphasised++
        if (source.includes('`')) coded++
        if (/^[->] /m.test(source)) items++
        expect(paragraphsOf(plainTree(source))).toEqual(paragraphsOf(fromMarkdown(source, options)))
      }),
      {numRuns: 4000}
    )
    expect(plain).toBeGreaterThan(50)
    expect(emphasised).toBeGreaterThan(50)
    expect(coded).toBeGreaterThan(50)
    expect(items).toBeGreaterThan(50)
    expect(isPlainBlock('“Hi,” said Ann Lee. x\n\n', 0, 23)).toBe(true)
    for (const text of ['“Hi,” said *Ann Lee*. x\n', 'It is **not** _so_,” she said.\n', '*Hi*\n', '“*Hi*,” he said.\n', 'said [Ann Lee](https://x.org/a_b).\n', '## “Hi,” said *Ann Lee*\n\n', '- item\n', '- “Hi,” said Ann Lee.\n- [Bob Ray](x) *agreed*.\n\n', '> “Hi,” said Ann Lee.\n', '“Hi,” said `Ann Lee`. x\n', 'Run `npm i *a*` or `` a`b ``.\n']) {
      expect(isPlainBlock(text, 0, text.length)).toBe(true)
    }
    for (const text of ['- - -\n', '- [ ] task\n', '- 1. a\n', '> a\n> b\n', '- a\nb\n', '-  a\n', '- a\n> b\n', '1. one\n', 'a  \nb\n', '  indented\n', 'a\n\nb', 'see www.x.org\n', 'Title\n===\n', 'a &amp; b\n']) {
      expect(isPlainBlock(text, 0, text.length)).toBe(false)
    }
    for (const text of ['snake_case\n', '*a*b\n', '***a***\n', '*a\n', 'a*\n', '* a\n', '**a*\n', '*a_\n', '2 * 3\n', '“*”\n', '*a *\n', 'a *b. * c\n', '_a ._\n', '[a]\n', 'a]\n', 'a\n:-\na\n', '![a](b)\n', '[a](b c)\n', '*[a](b)*\n', '[a](http://x) www.x.org\n', '[a](<b>)\n', '*see [a](b) now*\n', '# Title #\n', '#Title\n', '# Title\nmore\n', '####### Title\n', '# Title \n', '```a```\n', '`a\n', 'a `b\nc` d\n', '*a `b` c*\n', '\\`a`\n', '`a`*b*\n']) {
      expect(isPlainBlock(text, 0, text.length)).toBe(false)
    }
  })

  it('parses a long document of plain paragraphs in plain parts, and the rest with the parser', () => {
    const unit = '“Hi,” said Ann Lee. x\n\nShe said it was <b>fine</b>, “really.”\n\n- a list “item”\n\n---\n\n“Hi,” said Ann Lee.\n\n'
    const source = unit.repeat(Math.ceil((4 * chunkSize) / unit.length))
    const chunk = markdownChunks(source)[1]!
    const parts = parseParts(source, chunk, false)
    expect(parts.map((part) => source.slice(part.start, part.end)).join('')).toBe(source.slice(chunk.start, chunk.end))
    expect(parts.filter((part) => part.plain).length).toBeGreaterThan(2)
    // Raw HTML goes to the parser; prose and a plain list do not.
    for (const part of parts.filter((part) => part.plain)) expect(source.slice(part.start, part.end)).toMatch(/^(?:(?:“Hi,” said Ann Lee\.(?: x)?|- a list “item”)\n\n)+$/)
    // The block before `---` is not plain: a part may not start at `---`.
    for (const part of parts) expect(source.startsWith('---', part.start)).toBe(false)
  })

  it('parses prose with links and emphasis at the density of news', () => {
    const source = 'Mayor [Ana Costa](https://example.com/costa) said the *new* bridge would open in May, and “we will **not** wait,” she added.\n\n'.repeat(400)
    const {quotes, messages} = expectExact(source, 'markdown')
    expect(messages).toEqual([])
    expect(quotes).toHaveLength(400)
  })

  it('reads a block over the block size as text', () => {
    const source = 'a '.repeat(maxBlockSize)
    expect(loadDocument(source, 'markdown').messages[0]?.ruleId).toBe('markdown-limit')
  })
})

describe('invisible format characters (Unicode Cf) in every format', () => {
  const invisible = ['\u200B', '\u200E', '\u200F', '\u2060', '\u00AD', '\uFEFF']
  const wrap: Record<SourceFormat, (text: string) => string> = {
    text: (text) => text,
    markdown: (text) => text,
    mdx: (text) => text,
    html: (text) => `<p>${text}</p>`
  }
  for (const format of sourceFormats) {
    it(`before and after the marks, inside names (${format})`, () => {
      for (const char of invisible) {
        const source = wrap[format](`Mayor Ann${char} Lee said: ${char}“We will rebuild the bridge.”${char} Then she left.`)
        const {quotes} = expectExact(source, format)
        expect(quotes.map((quote) => quote.text)).toEqual(['We will rebuild the bridge.'])
        expect(quotes[0]!.speaker?.name).toBe('Ann Lee')
      }
      const hyphenated = wrap[format]('“We will win,” Vladi\u00ADmir Putin said.')
      expect(expectExact(hyphenated, format).quotes[0]!.speaker?.name).toBe('Vladimir Putin')
    })
  }

  it('&rlm; and &shy; references count as the characters they stand for', () => {
    const source = '<p>&rlm;&ldquo;We will rebuild,&rdquo;&rlm; said Ann&shy;a Lee on Monday.</p>'
    const {quotes} = expectExact(source, 'html')
    expect(quotes[0]!.text).toBe('We will rebuild,')
    expect(quotes[0]!.speaker?.name).toBe('Anna Lee')
  })
})

describe('HTML', () => {
  it('reads <q> as a quotation, nested ones with single marks', () => {
    const source = '<p>Mayor Ana Costa said <q>we will <q>never</q> give up</q> on Monday.</p>'
    const [quote] = expectExact(source, 'html').quotes
    expect(quote).toMatchObject({text: 'we will <q>never</q> give up', decoded: 'we will ‘never’ give up'})
    expect(quote!.speaker?.name).toBe('Ana Costa')
  })

  it('reads a <blockquote> without marks as one quotation, its <cite> outside it', () => {
    const source = '<p>Mayor Ana Costa told the council:</p><blockquote><p>We will rebuild.</p><p>It will take time.</p><cite>Ana Costa</cite></blockquote>'
    const document = loadDocument(source, 'html')
    expect(document.text).toBe('Mayor Ana Costa told the council:\n\n“We will rebuild.\n\n“It will take time.” — Ana Costa')
    const {quotes} = expectExact(source, 'html')
    expect(quotes).toHaveLength(1)
    expect(quotes[0]!.text).toBe('We will rebuild.</p><p>It will take time.')
    expect(quotes[0]!.speaker?.name).toBe('Ana Costa')
  })

  it('lists the quotations markup made, with the plain offsets of the marks it added', () => {
    const source = '<p>She said <q>no</q>.</p><blockquote><p>One.</p><p>Two.</p></blockquote>'
    const document = loadDocument(source, 'html')
    expect(document.text).toBe('She said “no”.\n\n“One.\n\n“Two.”')
    expect(document.quotations).toEqual([
      {element: 'q', open: 9, reopen: [], close: 12},
      {element: 'blockquote', open: 16, reopen: [23], close: 28}
    ])
    for (const quotation of document.quotations) {
      expect('“'.includes(document.text[quotation.open]!)).toBe(true)
      expect(document.text[quotation.close!]).toBe('”')
    }
    expect(loadDocument('“a”', 'markdown').quotations).toEqual([])
  })

  it('leaves a <blockquote> that opens with a mark as it is; apostrophes and quotes inside do not count', () => {
    const quoted = '<blockquote><p>&rlm;&ldquo;We will rebuild,&rdquo; she said.</p></blockquote>'
    expect(loadDocument(quoted, 'html').text).toBe('“We will rebuild,” she said.')
    const unquoted = '<blockquote><p>We don’t call it a “crisis” yet.</p></blockquote>'
    expect(loadDocument(unquoted, 'html').text).toBe('“We don’t call it a “crisis” yet.”')
  })

  it('skips page furniture by element, role, class and id', () => {
    const furniture = [
      '<footer><p>“Footer”</p></footer>',
      '<aside><p>“Aside”</p></aside>',
      '<div role="navigation">“Nav”</div>',
      '<ul class="related-links"><li>“Related story” here</li></ul>',
      '<div id="cookieBanner"><p>“Accept all cookies”</p></div>',
      '<section class="newsletter-signup"><p>“Sign up”</p></section>',
      '<div hidden>“Hidden”</div>'
    ]
    const source = `<article><p>&ldquo;We will rebuild,&rdquo; Mayor Ana Costa said.</p>${furniture.join('')}</article>`
    expect(expectExact(source, 'html').quotes.map((quote) => quote.text)).toEqual(['We will rebuild,'])
    // A container named for the article as well is the article.
    const body = '<div class="story-body share-tools"><p>&ldquo;We will rebuild,&rdquo; Mayor Ana Costa said.</p></div>'
    expect(expectExact(body, 'html').quotes.map((quote) => quote.text)).toEqual(['We will rebuild,'])
  })

  it('reads the <cite>, <footer> or dash line of a block quote as its attribution', () => {
    const shapes = [
      '<blockquote><p>We will rebuild the bridge.</p><footer>&mdash; Ana Costa</footer></blockquote>',
      '<blockquote><p>We will rebuild the bridge.</p><footer><p>Ana Costa</p></footer></blockquote>',
      '<blockquote><p>We will rebuild the bridge.</p><cite>Ana Costa</cite></blockquote>',
      '<blockquote class="twitter-tweet"><p>We will rebuild the bridge.</p>&mdash; Ana Costa</blockquote>'
    ]
    for (const shape of shapes) {
      const source = `<p>The council met on Monday.</p>${shape}<p>Work starts in May.</p>`
      expect(loadDocument(source, 'html').text).toBe('The council met on Monday.\n\n“We will rebuild the bridge.” — Ana Costa\n\nWork starts in May.')
      const [quote] = expectExact(source, 'html').quotes
      expect(quote).toMatchObject({text: 'We will rebuild the bridge.', rule: 'quote-dash-speaker'})
      expect(quote!.speaker?.name).toBe('Ana Costa')
    }
  })

  it('does not count a pull quote that repeats the body twice, and keeps one that does not', () => {
    const body = '<p>&ldquo;We will rebuild every bridge,&rdquo; Mayor Ana Costa said.</p>'
    const repeated = `<article>${body}<blockquote class="pull-quote">&ldquo;We will rebuild every bridge&rdquo;</blockquote><p>More text.</p></article>`
    expect(expectExact(repeated, 'html').quotes).toHaveLength(1)
    const fresh = `<article>${body}<div class="pullquote">&ldquo;Nobody asked us&rdquo;</div></article>`
    expect(expectExact(fresh, 'html').quotes.map((quote) => quote.decoded ?? quote.text)).toEqual(['We will rebuild every bridge,', 'Nobody asked us'])
  })

  it('decodes numeric references 128–159 as Windows-1252, as browsers do, and legacy names without a semicolon', () => {
    const source = '<p>&#147;We will rebuild,&#148; Mayor Ana Costa said &#150; &copy 2024.</p>'
    expect(loadDocument(source, 'html').text).toBe('“We will rebuild,” Mayor Ana Costa said – © 2024.')
    const [quote] = expectExact(source, 'html').quotes
    expect(quote).toMatchObject({text: 'We will rebuild,', start: 9})
    expect(quote!.speaker?.name).toBe('Ana Costa')
  })
})

describe('Markdown and MDX', () => {
  it('skips YAML and TOML front matter', () => {
    for (const fence of ['---', '+++']) {
      const source = `${fence}\ntitle: "Not a quote"\n\nsummary: 'nor this'\n${fence}\n\n“We will rebuild,” Mayor Ana Costa said.\n`
      expect(expectExact(source, 'markdown').quotes.map((quote) => quote.text)).toEqual(['We will rebuild,'])
    }
  })

  it('reads GFM table cells as text', () => {
    const source = '| Who | Said |\n| --- | --- |\n| Ana Costa | “We will *rebuild*” |\n'
    const document = loadDocument(source, 'markdown')
    expect(document.text).toBe('Who\n\nSaid\n\nAna Costa\n\n“We will rebuild”')
    // The quote ends at its last character: the closing `*` is markup after it.
    expect(expectExact(source, 'markdown').quotes[0]!.text).toBe('We will *rebuild')
  })

  it("in MDX (format: 'mdx') skips import/export and expressions", () => {
    const source = 'import Chart from "./chart"\nexport const meta = {title: "Not a quote"}\n\n“We will rebuild,” Mayor Ana Costa said. {"nor this"}\n\n<Chart caption="no" />\n'
    const {quotes} = expectExact(source, 'mdx')
    expect(quotes.map((quote) => quote.text)).toEqual(['We will rebuild,'])
    expect(quotes[0]!.speaker?.name).toBe('Ana Costa')
  })

  it('reads MDX that is not valid MDX as Markdown, with a warning', () => {
    const source = '“We will rebuild,” Mayor Ana Costa said. 3 < 4 {oops\n'
    const {quotes, messages} = expectExact(source, 'mdx')
    expect(quotes.map((quote) => quote.text)).toEqual(['We will rebuild,'])
    expect(messages.some((message) => message.ruleId === 'mdx-syntax')).toBe(true)
  })

  it('names every format in the misuse error', () => {
    expect(() => loadDocument('x', 'pdf' as SourceFormat)).toThrow("Unknown format `pdf`: expected 'text', 'html', 'markdown', 'mdx'")
  })
})

describe('Markdown chunks', () => {
  it('treats an unclosed front matter fence as a thematic break, so the document is still cut', () => {
    const source = '---\n\n' + '“Hi,” said Ann Lee.\n\n'.repeat(2000)
    expect(markdownChunks(source).length).toBeGreaterThan(1)
    const closed = '---\ntitle: x\n\nmore: y\n---\n\n' + '“Hi,” said Ann Lee.\n\n'.repeat(2000)
    const [first] = markdownChunks(closed)
    expect(first!.end).toBeGreaterThan(closed.indexOf('more'))
    expect(expectExact(closed, 'markdown').quotes).toHaveLength(2000)
  })
})

describe('a news page as sites publish it', () => {
  const page = `<!doctype html><html><head><title>Bridge to reopen</title></head>
<body class="nav-open">
<header class="site-header"><nav class="breadcrumbs"><a href="/">Home</a> › “City”</nav></header>
<div id="cookie-consent"><p>“We value your privacy.” Accept all</p></div>
<main><article>
<header><h1>Mayor: &lsquo;We will rebuild&rsquo;</h1><p class="byline">By Jo Smith</p></header>
<div class="article__body">
<figure><img src="x.jpg"><figcaption>Mayor Ana Costa at the site on Monday.</figcaption></figure>
<p>&#147;The bridge will reopen in spring,&#148; Mayor Ana Costa said on Monday.</p>
<div class="ad-slot"><p>“Buy now” and save</p></div>
<aside class="pullquote"><p>“The bridge will reopen in spring”</p></aside>
<p>Council member Omar Haddad said the plan was <q>a good start</q>.</p>
<p>Costa told the council:</p>
<blockquote><p>We will not leave anyone behind.</p></blockquote>
<section class="related-articles"><h2>Related</h2><ul><li><a>“Another story” in brief</a></li></ul></section>
</div>
<section id="comments"><p>“First!” wrote a reader.</p></section>
</article></main>
<div class="newsletterSignup"><p>“Get the news” every morning</p></div>
<footer class="site-footer"><p>© “News Co”</p></footer>
</body></html>`

  it('finds the article quotes and nothing of the page around them', () => {
    const {quotes} = expectExact(page, 'html')
    expect(quotes.map((quote) => quote.decoded ?? quote.text)).toEqual([
      'We will rebuild',
      'The bridge will reopen in spring,',
      'a good start',
      'We will not leave anyone behind.'
    ])
    // The headline's quote is read; naming its speaker (“Mayor:”) is the attribution stage's business.
    expect(quotes.slice(1).map((quote) => quote.speaker?.name ?? null)).toEqual(['Ana Costa', 'Omar Haddad', 'Ana Costa'])
  })
})
