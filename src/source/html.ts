/**
 * HTML: the article text (paragraphs, headings, block quotes, list items,
 * captions, table cells) becomes plain text, one paragraph a block; script,
 * style, forms and page furniture (`html-roles.ts`) are skipped. Offsets map
 * back into the HTML.
 *
 * Quotations made by markup get the marks a browser shows: `<q>` reads as
 * `“…”` (`‘…’` when nested), and so does a `<blockquote>` with no marks of its
 * own, opened again at each of its paragraphs as news style does and closed
 * before its `<cite>`, its `<footer>` or a dash line of its own, whose text
 * follows in the same paragraph after a dash (`“…” — Ana Costa`, the shape of
 * a dash attribution). The added marks map to the tags, so a quote's offsets
 * still slice the HTML. A pull quote (by class name) that repeats words of the
 * body is left out, so it is not counted twice.
 */

import {defaultTreeAdapter, parse} from 'parse5'
import type {DefaultTreeAdapterMap} from 'parse5'
import type {TextRange} from '../types.js'
import type {MarkupQuotation, SourceDocument, SourceFinding} from './document.js'
import {appendWithReferences} from './decode.js'
import {elementRole, isBlock} from './html-roles.js'
import {PlainTextBuilder} from './offset-map.js'

type Node = DefaultTreeAdapterMap['node']
type Element = DefaultTreeAdapterMap['element']
type TextNode = DefaultTreeAdapterMap['textNode']

/**
 * parse5's default tree adapter, a node's location extended in place. The default copies a text
 * node's location object each time a run of characters joins the node (a word and the space after
 * it are two runs): a tenth of the time of reading an HTML article. Each location object is its
 * node's own (made for the token that opened a text node; a new object for an element), so no
 * other node sees the change (`test/sources-properties.test.ts` compares every location).
 */
export const treeAdapter: typeof defaultTreeAdapter = {
  ...defaultTreeAdapter,
  updateNodeSourceCodeLocation(node, endLocation) {
    if (node.sourceCodeLocation) Object.assign(node.sourceCodeLocation, endLocation)
    else defaultTreeAdapter.updateNodeSourceCodeLocation(node, endLocation)
  }
}

/** Pull quotes checked against the body at most; past this they are kept, with a warning. */
export const maxPullQuotes = 64

/** Marks that open a quotation in the mark table (`src/quotes/marks.ts`); `’` and `'` are apostrophes too often. */
const openingMark = /[“”‘"«»‹›„‚「『`]/
/** The first character that is neither space nor a format character. */
const leadingDash = /^(?:[—–―-]|&(?:mdash|ndash|horbar|#8212|#8211|#x201[34]);)/i
const firstVisible = /^[\s\p{Cf}]*([^\s\p{Cf}])/u
const notWord = /[^\p{L}\p{N}]+/gu

const marksAt = (level: number) => (level % 2 === 0 ? {open: '“', close: '”'} : {open: '‘', close: '’'})

function childElements(node: Node): Node[] {
  return 'childNodes' in node ? node.childNodes : []
}

function isElement(node: Node): node is Element {
  return 'tagName' in node
}

/** What the pre-pass learns: block quotes without marks, pull quotes to leave out. */
interface Survey {
  readonly marklessQuotes: ReadonlySet<Element>
  readonly droppedPullQuotes: ReadonlySet<Element>
  readonly messages: SourceFinding[]
}

/**
 * One pass over the tree (iterative, pre-order) to learn which block quotes
 * are not quoted already — their text does not open with a quotation mark
 * (an apostrophe or a quote inside does not count) — and which pull quotes
 * repeat the body. Uses parse5's decoded text, so `&ldquo;` is a mark.
 */
function survey(tree: Node): Survey {
  const marklessQuotes = new Set<Element>()
  const pullQuotes: Array<{element: Element; words: string[]}> = []
  const body: string[] = []
  const messages: SourceFinding[] = []
  /** Block quotes entered since the last text: the next text decides them. */
  let undecided: Element[] = []
  const stack: Array<{node: Node; collect: string[] | undefined; insideQuotation: boolean}> = [{node: tree, collect: undefined, insideQuotation: false}]
  while (stack.length > 0) {
    const {node, collect: inherited, insideQuotation: inside} = stack.pop()!
    if (node.nodeName === '#text') {
      const value = (node as TextNode).value
      ;(inherited ?? body).push(value)
      const first = firstVisible.exec(value)
      if (first && undecided.length > 0) {
        if (!openingMark.test(first[1]!)) for (const element of undecided) marklessQuotes.add(element)
        undecided = []
      }
      continue
    }
    let collect = inherited
    let insideQuotation = inside
    if (isElement(node)) {
      const role = elementRole(node, insideQuotation)
      if (role === 'skip') continue
      if (role === 'pull-quote' && collect === undefined) {
        collect = []
        pullQuotes.push({element: node, words: collect})
      }
      if (role === 'quotation') {
        insideQuotation = true
        if (node.tagName === 'blockquote') undecided.push(node)
      }
    }
    const children = childElements(node)
    for (let index = children.length - 1; index >= 0; index--) stack.push({node: children[index]!, collect, insideQuotation})
  }

  // The body's words only when there is a pull quote to look for in them (most pages have none).
  const bodyWords = pullQuotes.length > 0 ? ` ${normalize(body.join(' '))} ` : ''
  const droppedPullQuotes = new Set<Element>()
  const seen = new Set<string>()
  for (const [index, {element, words}] of pullQuotes.entries()) {
    const text = normalize(words.join(' '))
    if (index >= maxPullQuotes) {
      const location = element.sourceCodeLocation
      messages.push({reason: `Pull quote not compared with the body (over ${maxPullQuotes} pull quotes)`, ruleId: 'html-limit', start: location?.startOffset ?? 0, end: location?.endOffset ?? 0})
      continue
    }
    // Repeats the body, or an earlier pull quote: leave it out.
    if (text === '' || bodyWords.includes(` ${text} `) || seen.has(text)) droppedPullQuotes.add(element)
    seen.add(text)
  }
  return {marklessQuotes, droppedPullQuotes, messages}
}

/** Words only, lower case, one space apart. */
function normalize(text: string): string {
  return text.toLowerCase().replace(notWord, ' ').trim()
}

/** A quotation whose marks the reader adds. */
interface Quotation {
  readonly element: Element
  readonly block: boolean
  readonly marks: {open: string; close: string}
  /** The opening mark has been written (block quotes open at their first text). */
  opened: boolean
  /** Closed early, before its `<cite>` or `<footer>`. */
  closed: boolean
  /** Plain offsets of the marks added, for `SourceDocument.quotations`. */
  readonly record: {element: 'q' | 'blockquote'; opens: number[]; close: number | undefined}
}

export function htmlToDocument(source: string): SourceDocument {
  const tree = parse(source, {sourceCodeLocationInfo: true, treeAdapter})
  const {marklessQuotes, droppedPullQuotes, messages} = survey(tree)
  const builder = new PlainTextBuilder()
  const paragraphs: Array<{start: number; end: number}> = []
  const quotations: Quotation[] = []
  const records: Array<Quotation['record']> = []
  /** Where the attribution line (`<cite>`, `<footer>`) of a block quote just closed starts, until its text comes. */
  let attributionAt: number | undefined
  /** `<q>` and `<blockquote>` elements open around the walk, with marks or without. */
  let quotationDepth = 0
  let paragraphStart = -1

  const endParagraph = (sourceOffset: number) => {
    if (paragraphStart === -1) return
    builder.trimEnd()
    if (builder.length > paragraphStart) paragraphs.push({start: paragraphStart, end: builder.length})
    builder.appendSeparator('\n\n', sourceOffset)
    paragraphStart = -1
  }

  /** Start a paragraph at source offset `at`; a block quote open around it gets its mark. */
  const startParagraph = (at: number) => {
    paragraphStart = builder.length
    const innermost = quotations[quotations.length - 1]
    if (innermost?.block && !innermost.closed) {
      const tag = innermost.element.sourceCodeLocation?.startTag
      innermost.record.opens.push(builder.length)
      if (innermost.opened || !tag) builder.appendSeparator(innermost.marks.open, at)
      else builder.appendDecoded(innermost.marks.open, tag.startOffset, tag.endOffset)
      innermost.opened = true
    }
  }

  /** Write the closing mark of `quotation`, mapped to `[start, end)`, at the end of its last paragraph. */
  const close = (quotation: Quotation, start: number, end: number) => {
    if (!quotation.opened || quotation.closed) return false
    quotation.closed = true
    if (paragraphStart === -1) {
      // The last paragraph has ended: take it up again.
      builder.trimEnd()
      paragraphStart = paragraphs.pop()?.start ?? builder.length
    }
    builder.trimEnd()
    quotation.record.close = builder.length
    builder.appendDecoded(quotation.marks.close, start, end)
    return true
  }

  // Iterative walk: deep documents must not overflow the stack.
  const stack: Array<{node: Node; exit?: boolean}> = [{node: tree}]
  while (stack.length > 0) {
    const {node, exit} = stack.pop()!
    const element = isElement(node) ? node : undefined
    const location = element?.sourceCodeLocation
    if (exit) {
      if (elementRole(element!, quotationDepth > 1) === 'quotation') quotationDepth--
      const top = quotations[quotations.length - 1]
      if (top !== undefined && top.element === element) {
        quotations.pop()
        const tag = location?.endTag
        close(top, tag?.startOffset ?? location?.endOffset ?? source.length, tag?.endOffset ?? location?.endOffset ?? source.length)
      }
      if (isBlock(element!.tagName)) {
        attributionAt = undefined
        endParagraph(location?.endOffset ?? source.length)
      }
      continue
    }
    if (node.nodeName === '#text') {
      const textLocation = (node as TextNode).sourceCodeLocation
      if (!textLocation) continue
      const raw = source.slice(textLocation.startOffset, textLocation.endOffset)
      // A line of the block quote's own that opens with a dash is its attribution (`— Name (@handle)` in an embedded post).
      const innermost = quotations[quotations.length - 1]
      if (innermost !== undefined && innermost.block && node.parentNode === innermost.element && leadingDash.test(raw.trimStart())) {
        const at = textLocation.startOffset + raw.length - raw.trimStart().length
        if (close(innermost, at, at)) attributionAt = at
      }
      const starts = paragraphStart === -1 || attributionAt !== undefined
      if (starts && raw.trim() === '') continue
      const from = starts ? raw.length - raw.trimStart().length : 0
      if (paragraphStart === -1) startParagraph(textLocation.startOffset + from)
      if (attributionAt !== undefined) {
        // “…” — Name: the attribution line reads as a dash attribution after the quote.
        builder.appendSeparator(leadingDash.test(raw.slice(from)) ? ' ' : ' — ', attributionAt)
        attributionAt = undefined
      }
      appendWithReferences(builder, raw.slice(from), textLocation.startOffset + from)
      continue
    }
    if (element) {
      const innermost = quotations[quotations.length - 1]
      const role = elementRole(element, quotationDepth > 0)
      if (role === 'skip' || droppedPullQuotes.has(element)) continue
      const tag = element.tagName
      if (role === 'quotation') quotationDepth++
      if (tag === 'br') {
        if (paragraphStart !== -1) builder.appendSeparator(' ', location?.startOffset ?? 0)
        continue
      }
      // The attribution of a block quote stands outside its marks.
      if (innermost !== undefined && innermost.block && (tag === 'footer' || (tag === 'cite' && element.parentNode === innermost.element))) {
        const at = location?.startOffset ?? 0
        if (close(innermost, at, at)) attributionAt = at
      }
      if (isBlock(tag)) {
        if (attributionAt === undefined) endParagraph(location?.startOffset ?? 0)
        stack.push({node, exit: true})
      } else if (tag === 'q') {
        stack.push({node, exit: true})
      }
      if (tag === 'q' || (tag === 'blockquote' && marklessQuotes.has(element))) {
        const record: Quotation['record'] = {element: tag === 'q' ? 'q' : 'blockquote', opens: [], close: undefined}
        const quotation: Quotation = {element, block: tag === 'blockquote', marks: marksAt(quotations.length), opened: false, closed: false, record}
        records.push(record)
        const startTag = location?.startTag
        if (tag === 'q' && paragraphStart === -1) startParagraph(startTag?.startOffset ?? 0)
        quotations.push(quotation)
        if (tag === 'q') {
          record.opens.push(builder.length)
          builder.appendDecoded(quotation.marks.open, startTag?.startOffset ?? 0, startTag?.endOffset ?? 0)
          quotation.opened = true
        }
      }
    }
    const children = childElements(node)
    for (let index = children.length - 1; index >= 0; index--) stack.push({node: children[index]!})
  }
  endParagraph(source.length)
  builder.trimEnd()
  const added: MarkupQuotation[] = []
  for (const {element, opens, close} of records) {
    if (opens.length > 0) added.push({element, open: opens[0]!, reopen: opens.slice(1), close: close ?? null})
  }
  return {source, format: 'html', text: builder.text, paragraphs, map: builder.map(source.length), messages, quotations: added}
}
