import fc from 'fast-check'
import {parse, parseFragment} from 'parse5'
import {describe, expect, it} from 'vitest'
import {checkContract, reportData, type ReportInput, type ContractQuote, type ReportData} from '../src/report/data.js'
import {highlight, wordMarks} from '../src/report/marks.js'
import {escapeHtml, jsonForScript, renderReport} from '../src/report/page.js'
import {ink, palette} from '../src/report/style.js'
import {extractQuotes} from '../src/extract.js'
import {corpusContract, syntheticContract} from './report-fixtures.js'

interface Node {
  nodeName: string
  value?: string
  attrs?: Array<{name: string; value: string}>
  childNodes?: Node[]
}

const attribute = (node: Node, name: string) => node.attrs?.find((entry) => entry.name === name)?.value
const textOf = (node: Node): string => (node.nodeName === '#text' ? node.value! : (node.childNodes ?? []).map(textOf).join(''))
function* walk(node: Node): Generator<Node> {
  yield node
  for (const child of node.childNodes ?? []) yield* walk(child)
}

/** The data a page embeds, read back as the browser reads it. */
function embedded(html: string): ReportData {
  const script = [...walk(parse(html) as unknown as Node)].find((node) => node.nodeName === 'script' && attribute(node, 'type') === 'application/json')!
  return JSON.parse(textOf(script)) as ReportData
}

/** Each quote of a highlighted document: how many marks carry its id, its offsets, and its text (all its pieces). */
function marked(html: string) {
  const nodes = [...walk(parseFragment(html) as unknown as Node)]
  const quotes = new Map<string, {ids: number; start: number; end: number; text: string}>()
  for (const node of nodes) {
    if (node.nodeName !== 'mark') continue
    const key = attribute(node, 'data-q')!
    const entry = quotes.get(key) ?? {ids: 0, start: -1, end: -1, text: ''}
    if (attribute(node, 'id')) {
      entry.ids++
      entry.start = Number(attribute(node, 'data-start'))
      entry.end = Number(attribute(node, 'data-end'))
    }
    entry.text += textOf(node)
    quotes.set(key, entry)
  }
  return {quotes, text: textOf(parseFragment(html) as unknown as Node), nodes}
}

const quote = (fields: Partial<ContractQuote> & {start: number; end: number; text: string}): ContractQuote => ({
  id: 'q1', kind: 'full', speaker: null, cue: null, rule: null, confidence: 0, ...fields
})

describe('renderReport', () => {
  const {contract, sources} = corpusContract()
  const html = renderReport(contract, {sources})
  const data = embedded(html)

  it('embeds every quote of the contract, with its offsets and cluster', () => {
    expect(data.documents.map((document) => document.id)).toEqual(contract.documents.map((document) => document.id))
    contract.documents.forEach((document, d) => {
      expect(data.documents[d]!.text).toBe(sources.get(document.id))
      expect(data.documents[d]!.quotes.map((entry) => [entry.id, entry.start, entry.end])).toEqual(document.quotes.map((entry) => [entry.id, entry.start, entry.end]))
      for (const [q, entry] of data.documents[d]!.quotes.entries()) {
        if (entry.kind === 'mention') expect(entry.cluster).toBe(-1)
        else expect(data.clusters[entry.cluster]!.members).toContainEqual([d, q])
      }
    })
  })

  it('highlights every quote once, at its offsets, leaving the text whole', () => {
    data.documents.forEach((document, d) => {
      const {quotes, text} = marked(highlight(document.text, document.quotes, {document: d, speakers: data.speakers, lowConfidence: data.lowConfidence}))
      expect(text).toBe(document.text)
      expect(quotes.size).toBe(document.quotes.length)
      document.quotes.forEach((entry, q) => {
        expect(quotes.get(String(q))).toEqual({ids: 1, start: entry.start, end: entry.end, text: document.text!.slice(entry.start, entry.end)})
      })
    })
  })

  it('puts each statement’s representative first', () => {
    const byId = new Map(data.clusters.map((cluster) => [cluster.id, cluster]))
    for (const cluster of contract.clusters!) {
      const [d, q] = byId.get(cluster.id)!.members[0]!
      expect({document: data.documents[d]!.id, quote: data.documents[d]!.quotes[q]!.id}).toEqual((cluster as {representative: unknown}).representative)
    }
  })

  it('puts the largest statement first and lists speakers by quote count', () => {
    const sizes = data.clusters.map((cluster) => cluster.members.length)
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a))
    expect(data.speakers[0]).toMatchObject({name: 'Vladimir Putin'})
    const counts = data.speakers.map((speaker) => speaker.quotes)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
  })

  it('is one page with landmarks, headings in order, and nothing fetched', () => {
    const nodes = [...walk(parse(html) as unknown as Node)]
    for (const landmark of ['header', 'nav', 'main', 'footer']) expect(nodes.filter((node) => node.nodeName === landmark)).toHaveLength(1)
    const headings = nodes.filter((node) => /^h[1-6]$/.test(node.nodeName)).map((node) => Number(node.nodeName[1]))
    expect(headings[0]).toBe(1)
    for (let index = 1; index < headings.length; index++) expect(headings[index]! - headings[index - 1]!).toBeLessThanOrEqual(1)
    for (const node of nodes) {
      for (const name of ['src', 'href', 'action']) expect(attribute(node, name) ?? '').not.toMatch(/^(https?:)?\/\//)
    }
    expect(nodes.filter((node) => node.nodeName === 'link')).toHaveLength(0)
    expect(html).toContain(`default-src 'none'`)
  })

  it('shows a document without its source as its quotes alone', () => {
    const page = embedded(renderReport(contract))
    expect(page.documents.every((document) => document.text === null)).toBe(true)
    const document = page.documents[0]!
    const {quotes, nodes} = marked(highlight(null, document.quotes, {document: 0, speakers: page.speakers, lowConfidence: 0.6}))
    expect(nodes.filter((node) => node.nodeName === 'li')).toHaveLength(document.quotes.length)
    document.quotes.forEach((entry, q) => expect(quotes.get(String(q))).toMatchObject({ids: 1, start: entry.start, text: entry.text}))
  })

  it('leaves out a source that does not match the offsets', () => {
    const id = contract.documents[0]!.id
    const page = reportData(contract, {sources: {[id]: 'x' + sources.get(id)!}})
    expect(page.documents[0]!.text).toBeNull()
  })
})

describe('HTML and Markdown sources', () => {
  const sources = {
    'a.html': '<html><body><h1>Bridge</h1><p>&ldquo;The bridge <em>will</em> reopen,&rdquo; Mayor Ana Costa said.</p><p>She called it &ldquo;a good day&rdquo;.</p></body></html>',
    'b.md': '# Title\n\n**Mayor** Ana Costa said: “The *bridge* will reopen &amp; stay open.”\n\nShe called it “a [good](http://x) day”.\n'
  }
  const formats = {'a.html': 'html', 'b.md': 'markdown'} as const
  const documents = Object.entries(sources).map(([id, source]) => ({id, quotes: extractQuotes(source, {format: formats[id as keyof typeof formats]}).quotes}))

  it('are shown as whosaid read them, each quote marked over its decoded words and keeping its source offsets', () => {
    const data = reportData({documents}, {sources, formats})
    data.documents.forEach((document, d) => {
      expect(document.text).not.toMatch(/<(p|em|h1)>|&ldquo;|\*\*|\]\(/)
      const {quotes, text} = marked(highlight(document.text, document.quotes, {document: d, speakers: data.speakers, lowConfidence: 0.6}))
      expect(text).toBe(document.text)
      documents[d]!.quotes.forEach((quote, q) => {
        expect(quotes.get(String(q))).toEqual({ids: 1, start: quote.start, end: quote.end, text: quote.decoded ?? quote.text})
        expect(sources[document.id as keyof typeof sources].slice(quote.start, quote.end)).toBe(quote.text)
      })
      const first = document.quotes[0]!
      expect(document.text!.slice(first.cue!.start, first.cue!.end)).toBe('said')
      expect(document.text!.slice(first.mention!.start, first.mention!.end)).toBe(first.mention!.text.replace(/\*/g, ''))
    })
  })

  it('are shown as written when no format is given', () => {
    const data = reportData({documents}, {sources})
    expect(data.documents.map((document) => document.text)).toEqual(Object.values(sources))
  })
})

describe('escaping', () => {
  const source = 'She said: “<script>alert(1)</script> & \u2028 done” — end'
  const start = source.indexOf('<script>')
  const end = source.indexOf('”')
  const contract: ReportInput = {
    documents: [{id: 'evil</script><script>alert(2)</script>.txt', quotes: [quote({start, end, text: source.slice(start, end), speaker: {name: '<b>Eve</b>', mention: {text: 'She', start: 0, end: 3}, kind: 'person'}, rule: 'r', confidence: 0.9})]}],
    clusters: [{id: 'c1', speaker: '<b>Eve</b>', members: [{document: 'evil</script><script>alert(2)</script>.txt', quote: 'q1', similarity: 1}]}]
  }
  const html = renderReport(contract, {sources: {[contract.documents[0]!.id]: source}, title: '<i>Title</i>'})

  it('keeps quotes, ids and names as text, in the page and in the embedded JSON', () => {
    expect(html).not.toContain('<script>alert')
    expect(html).not.toContain('<i>Title')
    expect(html).toContain('&#60;i&#62;Title&#60;/i&#62;')
    const scripts = [...walk(parse(html) as unknown as Node)].filter((node) => node.nodeName === 'script')
    expect(scripts).toHaveLength(2)
    const data = embedded(html)
    expect(data.documents[0]!.id).toBe(contract.documents[0]!.id)
    expect(data.documents[0]!.text).toBe(source)
  })

  it('draws a quote holding <script> as text', () => {
    const data = embedded(html)
    const fragment = highlight(data.documents[0]!.text, data.documents[0]!.quotes, {document: 0, speakers: data.speakers, lowConfidence: 0.6})
    const {quotes, nodes} = marked(fragment)
    expect(nodes.some((node) => node.nodeName === 'script' || node.nodeName === 'b')).toBe(false)
    expect(quotes.get('0')!.text).toBe('<script>alert(1)</script> & \u2028 done')
    expect(fragment).toContain('data-label="&#60;b&#62;Eve&#60;/b&#62;"')
  })

  it('escapes </script, <!-- and the line separators in JSON', () => {
    const json = jsonForScript({text: '</script><!-- \u2028\u2029'})
    expect(json).not.toMatch(/<|\u2028|\u2029/)
    expect(JSON.parse(json)).toEqual({text: '</script><!-- \u2028\u2029'})
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;')
  })
})

describe('highlight', () => {
  const speakers = [{name: 'Ann Lee'}]
  const options = {document: 3, speakers, lowConfidence: 0.6}

  it('nests a quote inside another, and closes and reopens spans that cross', () => {
    const source = '“He called it ‘a farce’ today,” Ann Lee said.'
    const at = (text: string) => source.indexOf(text)
    const close = at('”')
    const outer = quote({id: 'q1', start: 1, end: close, text: source.slice(1, close), speaker: {name: 'Ann Lee', mention: {text: 'Ann Lee', start: at('Ann'), end: at('Ann') + 7}, kind: 'person'}, cue: {text: 'said', start: at('said'), end: at('said') + 4}, confidence: 0.9})
    const inner = quote({id: 'q2', start: at('a farce'), end: at('a farce') + 7, text: 'a farce', kind: 'mention'})
    // A made-up quote that crosses the outer one's end.
    const crossing = quote({id: 'q3', start: at('today'), end: at(' Lee'), text: source.slice(at('today'), at(' Lee')), kind: 'partial'})
    const all = [outer, inner, crossing]
    const data = reportData({documents: [{id: 'd', quotes: all}]})
    const html = highlight(source, data.documents[0]!.quotes, {...options, speakers: data.speakers})
    const {quotes, text, nodes} = marked(html)
    expect(text).toBe(source)
    all.forEach((entry, q) => expect(quotes.get(String(q))).toEqual({ids: 1, start: entry.start, end: entry.end, text: entry.text}))
    // The crossing quote is drawn in two pieces; only its last piece is labelled.
    expect(nodes.filter((node) => attribute(node, 'data-q') === '2')).toHaveLength(2)
    expect(nodes.filter((node) => node.nodeName === 'mark' && attribute(node, 'data-q') === '2' && attribute(node, 'data-label'))).toHaveLength(1)
    expect(nodes.filter((node) => attribute(node, 'class') === 'cue').map(textOf)).toEqual(['said'])
    // The speaker mention crosses the made-up quote too: two pieces.
    expect(nodes.filter((node) => attribute(node, 'class') === 'sm').map(textOf)).toEqual(['Ann', ' Lee'])
  })

  it('classes each quote by kind, speaker, attribution and confidence; filtered quotes faded', () => {
    const source = '“One.” “Two.” “Three.” “Four.”'
    const spans = [[1, 5], [8, 12], [15, 21], [24, 29]] as const
    const quotes = spans.map(([start, end], index) => ({
      id: `q${index + 1}`, start, end, from: start, to: end, text: source.slice(start, end), kind: index === 3 ? 'mention' : 'full',
      speaker: index === 0 || index === 2 ? 0 : -1, mention: null, cue: null, confidence: index === 2 ? 0.4 : 0.9
    }))
    const {nodes} = marked(highlight(source, quotes, {...options, shown: [1, 1, 1, 0]}))
    const classes = nodes.filter((node) => node.nodeName === 'mark').map((node) => attribute(node, 'class'))
    expect(classes).toEqual(['q k-full c0 end', 'q k-full unat end', 'q k-full c0 low end', 'q k-mention dim end'])
    const labels = nodes.filter((node) => node.nodeName === 'mark').map((node) => attribute(node, 'data-label'))
    expect(labels).toEqual(['Ann Lee', '? unattributed', '⚠ Ann Lee 0.40', undefined])
    expect(attribute(nodes.find((node) => node.nodeName === 'mark')!, 'id')).toBe('d3-q1')
  })
})

describe('highlight, on any quotes', () => {
  it('keeps the text whole and draws each quote once with its own characters, however the spans nest or cross', () => {
    const source = fc.string({unit: fc.constantFrom('a', ' ', '<', '&', '“', '”', '\u2028', 'é'), minLength: 1, maxLength: 60})
    const spans = (length: number) => fc.array(fc.tuple(fc.nat(length), fc.nat(length)).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const), {maxLength: 8})
    fc.assert(
      fc.property(source.chain((text) => fc.tuple(fc.constant(text), spans(text.length), spans(text.length))), ([text, quoteSpans, cueSpans]) => {
        const quotes = quoteSpans.map(([start, end], index) => ({
          id: `q${index + 1}`, start, end, from: start, to: end, text: text.slice(start, end), kind: index % 3 === 2 ? 'mention' : 'full', speaker: index % 2 === 0 ? 0 : -1,
          mention: null, cue: cueSpans[index] ? {start: cueSpans[index]![0], end: cueSpans[index]![1]} : null, confidence: 0.9
        }))
        const {quotes: drawn, text: whole} = marked(highlight(text, quotes, {document: 0, speakers: [{name: 'A'}], lowConfidence: 0.5}))
        expect(whole).toBe(text)
        quotes.forEach((quote, index) => {
          expect(drawn.get(String(index))).toEqual({ids: 1, start: quote.start, end: quote.end, text: quote.text})
        })
      })
    )
  })
})

describe('wordMarks', () => {
  it('marks the words every wording shares and the words only one has', () => {
    const [first, second, third] = wordMarks(['We need to express our gratitude', 'We need to express words of gratitude', 'gratitude to Hamas'])
    expect(first).toBe('We need <span class="w-all">to</span> express <span class="w-own">our</span> <span class="w-all">gratitude</span>')
    expect(second).toBe('We need <span class="w-all">to</span> express <span class="w-own">words</span> <span class="w-own">of</span> <span class="w-all">gratitude</span>')
    expect(third).toBe('<span class="w-all">gratitude</span> <span class="w-all">to</span> <span class="w-own">Hamas</span>')
  })

  it('leaves a lone wording unmarked, and escapes', () => {
    expect(wordMarks(['a <b> c'])).toEqual(['a &#60;b&#62; c'])
    expect(wordMarks(['x <y>', 'x'])[0]).toBe('<span class="w-all">x</span> &#60;<span class="w-own">y</span>&#62;')
  })
})

describe('checkContract', () => {
  it('names the first value that is not the contract', () => {
    expect(() => checkContract(null, 'saved.json')).toThrow('Expected an object {documents, clusters} as `(top level)` in saved.json, not `null`')
    expect(() => checkContract({documents: {}}, 'saved.json')).toThrow('Expected an array as `documents` in saved.json, not `{}`')
    expect(() => checkContract({documents: [{id: 'a', quotes: [{id: 'q1', text: 'x', start: 5, end: 2, kind: 'full', confidence: 1}]}]})).toThrow('`documents[0].quotes[0].end`')
    expect(() => checkContract({documents: [{id: 'a', quotes: [{id: 'q1', text: 'x', start: 0, end: 1, kind: 'said', confidence: 1}]}]})).toThrow('Expected full, partial or mention as `documents[0].quotes[0].kind`')
    expect(() => checkContract({documents: [], clusters: [{id: 'c1', members: ['q1']}]})).toThrow('`clusters[0].members[0]`')
    expect(() => checkContract({documents: [{id: 'a', quotes: [{id: 'q1', text: 'x', start: 0, end: 1, kind: 'full', cue: 'said', confidence: 1}]}]})).toThrow('Expected null or {text, start, end} as `documents[0].quotes[0].cue` in the report input, not `"said"`')
    expect(() => reportData({documents: []}, {lowConfidence: 2})).toThrow('Expected a number from 0 to 1 as `lowConfidence`, not `2`')
  })
})

describe('a large report', () => {
  it('embeds 20,000 quotes and draws none of them before the browser asks', () => {
    const {contract, sources} = syntheticContract(1000, 20)
    const html = renderReport(contract, {sources})
    expect(html.match(/<mark /g) ?? []).toHaveLength(7) // the legend's samples only
    const data = embedded(html)
    expect(data.documents.reduce((sum, document) => sum + document.quotes.length, 0)).toBe(20_000)
    expect(data.documents.every((document) => document.text !== null)).toBe(true)
  })
})

describe('colours', () => {
  // WCAG 2 relative luminance and contrast ratio.
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
  }
  const contrast = (a: string, b: string) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
    return (light! + 0.05) / (dark! + 0.05)
  }

  it('meets WCAG AA: text on every speaker fill, white labels on every speaker ink', () => {
    expect(palette).toHaveLength(12)
    for (const [fill, labelInk] of palette) {
      expect(contrast(ink, fill)).toBeGreaterThanOrEqual(4.5)
      expect(contrast('#ffffff', labelInk)).toBeGreaterThanOrEqual(4.5)
    }
    expect(new Set(palette.map(([fill]) => fill)).size).toBe(12)
  })
})
