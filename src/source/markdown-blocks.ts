/**
 * Cut Markdown into pieces the parser can take in bounded time and memory.
 *
 * micromark is linear on prose but not on every input: it splices its event
 * list once per emphasis or link it resolves (`*a*a*a…` is quadratic), keeps
 * every open container for every line (`- - - - x` is quadratic), and holds
 * about 2 KB of events per byte of a paragraph of links. So a long document
 * is parsed a chunk of blocks at a time (cut at blank lines outside fenced
 * code, front matter and raw HTML), and a chunk whose shape would be slow is
 * read as plain text instead, with a warning. A document under the chunk size
 * is one chunk; past it, a reference link whose definition sits in another
 * chunk stays as written (`[text][ref]`).
 */

import {plainInlines, withoutLiterals} from './markdown-inline.js'

/** Chunks are grown to about this many characters before a cut. */
export const chunkSize = 16_384
/** A single block longer than this is not parsed as Markdown. */
export const maxBlockSize = 65_536
/** Containers (`>`, list markers) nested deeper than this on one line are not prose. */
export const maxNesting = 16
/** Emphasis and link delimiters × block length above this would be slow to resolve (quadratic). */
export const maxBlockDelimiterWork = 4_000_000
/** More emphasis and link delimiters per character than this, in a block over `densityFloor`, is not prose (and slow to resolve). */
export const maxDelimiterDensity = 0.125
const densityFloor = 2048

export interface Chunk {
  readonly start: number
  readonly end: number
  /** Why this chunk is read as plain text, if it is. */
  readonly problem?: string
  /** Where blocks inside the chunk start, at which it may be parsed in parts (`parseParts`). */
  readonly cuts?: readonly number[]
}

/** Parts of a chunk parsed on their own, when that cannot change the result (`parseParts`). */
export const partSize = 4096

const lineBreak = /\r\n|\r|\n/g
const blank = /^[ \t]*$/
const blankOrReturn = /^[ \t\r]*$/
const fenceOpen = /^ {0,3}(`{3,}|~{3,})/
const frontMatterFence = /^(?:---|\+\+\+)[ \t]*$/
const closingFence = (fence: string) => (fence === '---' ? /(?:\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|$)/ : /(?:\r\n|\r|\n)\+\+\+[ \t]*(?:\r\n|\r|\n|$)/)
/** Raw HTML blocks that run over blank lines until their end marker (CommonMark kinds 1–5). */
const rawHtmlBlocks: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/]
]

/**
 * Cut `source` into chunks at safe block boundaries: blocks costly to parse
 * stand alone, marked with the reason; the others are grouped up to
 * `chunkSize` (a short document is one chunk).
 */
export function markdownChunks(source: string): Chunk[] {
  const cuts = blockCuts(source)
  const chunks: Chunk[] = []
  let open: {start: number; end: number; delimiters: number; cuts: number[]} | undefined
  const flush = () => {
    if (!open) return
    const {start, end, delimiters, cuts: inside} = open
    // Many small blocks dense with markup cost the parser as much as one (about 10× prose per KB).
    const dense = end - start > densityFloor && delimiters > (end - start) * maxDelimiterDensity
    chunks.push(dense ? {start, end, problem: `${delimiters} emphasis and link delimiters in ${end - start} characters`} : {start, end, cuts: inside})
    open = undefined
  }
  for (let index = 0; index + 1 < cuts.length; index++) {
    const start = cuts[index]!
    const end = cuts[index + 1]!
    const {problem, delimiters} = cost(source, start, end)
    if (problem) {
      flush()
      chunks.push({start, end, problem})
    } else if (open && end - open.start <= chunkSize) {
      open.cuts.push(start)
      open.end = end
      open.delimiters += delimiters
    } else {
      flush()
      open = {start, end, delimiters, cuts: []}
    }
  }
  flush()
  return chunks
}

/** A reference or footnote definition (`[id]: url`, `[^1]: text`) may stand anywhere `]:` does. */
const definitionMark = ']:'

/**
 * Whether the chunks of `source` are each parsed whole (`parseParts`): MDX, or a document that may
 * hold a definition (a short one, one chunk, is then parsed whole, exactly as CommonMark says).
 * Asked once per document: asked per chunk, the search for `]:` read a long document once for
 * each of its chunks.
 */
export function wholeChunks(source: string, flavor: 'markdown' | 'mdx'): boolean {
  return flavor === 'mdx' || source.includes(definitionMark)
}
const frontMatterAt = /(?:---|\+\+\+)[ \t]*(?:\r\n|\r|\n|$)/y

/** A part of a chunk, parsed on its own; `plain`: a run of paragraphs of plain prose, read without the parser. */
export interface Part {
  readonly start: number
  readonly end: number
  readonly plain?: boolean
}

/**
 * The parts of a chunk to parse one by one: the chunk itself (`wholeChunks`), or, in a
 * document with no reference or footnote definition (short or long), its blocks grouped up to
 * `partSize`. Without a definition no block reads another, so the parts
 * give what the whole chunk gives, and micromark holds a quarter of the events at once: on
 * paragraphs of prose a 16 KB chunk cost twice the time per KB of a 4 KB one, its events living
 * long enough to be copied into the old heap. (MDX is left whole: its syntax errors are handled
 * a chunk at a time.)
 *
 * Runs of blocks of plain prose (`isPlainBlock`) are parts of their own, marked `plain`: each
 * such block is one paragraph whose text is its source, which the reader takes as it is (the
 * parser cost about eight times the rest of the pipeline per KB of such paragraphs).
 */
export function parseParts(source: string, chunk: Chunk, wholeChunks: boolean): Part[] {
  if (wholeChunks || chunk.cuts === undefined || chunk.cuts.length === 0) return [chunk]
  const parts: Part[] = []
  const starts = [chunk.start, ...chunk.cuts, chunk.end]
  let start = chunk.start
  let plain = false
  for (let index = 0; index + 1 < starts.length; index++) {
    const blockStart = starts[index]!
    const blockEnd = starts[index + 1]!
    // A plain block starts unindented after a blank line, so a part may always start there (a plain
    // list there is a list of its own, where the whole chunk may make it the next items of a list
    // above: the same paragraphs either way). One may start after it only where the next block may
    // stand alone too (an indented block may continue its list item).
    const blockPlain = isPlainBlock(source, blockStart, blockEnd) && (blockEnd === chunk.end || partMayStartAt(source, blockEnd))
    // A new part where plain and parsed blocks meet, and between parsed blocks once the part is large enough.
    const cut = blockPlain !== plain || (!plain && blockStart - start >= partSize && partMayStartAt(source, blockStart))
    if (blockStart > start && cut) {
      parts.push(plain ? {start, end: blockStart, plain} : {start, end: blockStart})
      start = blockStart
    }
    plain = blockPlain
  }
  parts.push(plain ? {start, end: chunk.end, plain} : {start, end: chunk.end})
  return parts
}

/**
 * Whether a part may start at block start `cut`: only at a line with no indent (one with two
 * spaces may continue a list item above it), and not on `---` or `+++` (a part past the
 * document's start is parsed without front matter, but is not cut there all the same).
 */
function partMayStartAt(source: string, cut: number): boolean {
  frontMatterAt.lastIndex = cut
  return source[cut] !== ' ' && !frontMatterAt.test(source)
}

/**
 * Characters that may open or change Markdown syntax anywhere in a line (code, autolinks, raw
 * HTML, references, escapes, headings, tables, strikethrough, MDX), and control characters the
 * parser rewrites: a block holding one is left to the parser.
 */
const syntaxCharacters = /[\\`~<>&#|{}@\t\r\0]|:\/\/|www\./i
/** Emphasis, link and code marks: allowed where each is part of a plain inline (`plainInlines`). */
const inlineMark = /[*_[\]`]/
/**
 * What may open a block at a line's start: indent, list markers, setext underlines, a GFM table's
 * delimiter row without pipes (`:-`: `a` over `:-` is a table), an ordered list item.
 */
const opensBlock = /^(?:[ \-+=:]|\d{1,9}[.)])/

/**
 * Whether the block `source[start, end)` (a block of `blockCuts`: lines, then the blank lines
 * after them) is a paragraph of plain prose to CommonMark and GFM, or a heading of one line of
 * it (`plainHeadingPrefix`): no character that may start syntax but plain emphasis, links and
 * code spans (`plainInlines`; a link's destination and a code span may hold any), no line that
 * may open a block (indent, `-`, `+`, `=`, `:`, `1.`), no trailing space (a hard break, or
 * stripped), blank lines only at its end and empty. Its text is then exactly its lines, line
 * breaks included, less the emphasis marks, the links' syntax and the code spans.
 */
export function isPlainBlock(source: string, start: number, end: number): boolean {
  const text = source.slice(start, end)
  if (isItemOpening(text, 0)) return isPlainItemBlock(text)
  const heading = plainHeadingPrefix(text, 0)
  if (heading > 0) {
    // One line, then blank lines only; its text plain (so without `#`: no closing sequence) and ending in no space.
    let lineEnd = text.indexOf('\n')
    if (lineEnd === -1) lineEnd = text.length
    const content = text.slice(heading, lineEnd)
    return !content.endsWith(' ') && isPlainProse(content) && /^\n*$/.test(text.slice(lineEnd))
  }
  if (!isPlainProse(text)) return false
  let blank = false
  let lineStart = 0
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    if (lineEnd === lineStart) blank = true
    else if (blank || opensBlock.test(text.slice(lineStart, lineStart + 11)) || text[lineEnd - 1] === ' ') return false
    lineStart = lineEnd + 1
  }
  return text.length > 0 && text[0] !== '\n'
}

/**
 * Whether `source` opens with front matter: a first line `---` (YAML) or `+++` (TOML) that a line
 * of the same fence closes. Otherwise the first line is a thematic break or prose, and the parser
 * is given no front-matter extension: after an opening fence left unclosed, micromark's read the
 * rest of the document wrongly (`+++` then a list gave a paragraph and indented code).
 */
export function opensFrontMatter(source: string): boolean {
  const firstLine = /^[^\r\n]*/.exec(source)![0]
  return frontMatterFence.test(firstLine) && closingFence(firstLine.trim()).test(source.slice(firstLine.length))
}

/** Whether `text` holds no syntax but plain emphasis, links and code spans (a link's destination and a code span may hold any). */
function isPlainProse(text: string): boolean {
  if (!inlineMark.test(text)) return !syntaxCharacters.test(text)
  const inlines = plainInlines(text, 0, text.length)
  return inlines !== undefined && !syntaxCharacters.test(withoutLiterals(text, 0, text.length, inlines))
}

/** Whether `text[at]` opens a list item (`- `) or a block quote (`> `) as `plainTree` reads them. */
export function isItemOpening(text: string, at: number): boolean {
  return (text[at] === '-' || text[at] === '>') && text[at + 1] === ' '
}

/**
 * A block of plain items: lines each opening with the first line's `- ` (a tight list, each item
 * one line) or a single line opening with `> ` (a block quote of one line), then blank lines only.
 * An item's text is a line of plain prose that opens no block (`- - -` is a thematic break,
 * `- 1. a` a list in a list); a GFM task (`- [ ] a`) is not plain prose (its brackets are no link).
 */
function isPlainItemBlock(text: string): boolean {
  const marker = text[0]!
  let lineStart = 0
  let lines = 0
  while (lineStart < text.length && text[lineStart] !== '\n') {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    if (text[lineStart] !== marker || text[lineStart + 1] !== ' ') return false
    const content = text.slice(lineStart + 2, lineEnd)
    if (content === '' || content.endsWith(' ') || opensBlock.test(content.slice(0, 11)) || !isPlainProse(content)) return false
    lines++
    lineStart = lineEnd + 1
  }
  return (marker === '-' || lines === 1) && /^\n*$/.test(text.slice(lineStart))
}

/** An ATX heading's opening (`#` to `######` and a space) before text, at `text[at]`. */
const headingOpening = /#{1,6} (?=[^ \n])/y

/**
 * The length of an ATX heading's opening (`## `) at `text[at]`, or 0. A heading block of
 * `isPlainBlock` is one such line, its text holding no `#` (no closing sequence) and ending in no
 * space.
 */
export function plainHeadingPrefix(text: string, at: number): number {
  if (text[at] !== '#') return 0
  headingOpening.lastIndex = at
  return headingOpening.test(text) ? headingOpening.lastIndex - at : 0
}

/** Offsets where a block starts that the parser may see on its own (with 0 and the length). */
function blockCuts(source: string): number[] {
  const cuts: number[] = [0]
  let fence: {char: string; length: number} | undefined
  let rawEnd: RegExp | undefined
  /** The fence of the front matter the lines are in (`---` or `+++`), if they are: only the same fence closes it. */
  let inFrontMatter: string | undefined
  let previousBlank = false
  let lineStart = 0
  const lines = source.matchAll(lineBreak)
  for (let line = 0; ; line++) {
    const next = lines.next()
    const lineEnd = next.done ? source.length : next.value.index
    const text = source.slice(lineStart, lineEnd)
    if (line === 0 && frontMatterFence.test(text)) {
      inFrontMatter = opensFrontMatter(source) ? text.trim() : undefined
    } else if (inFrontMatter) {
      if (frontMatterFence.test(text) && text.trim() === inFrontMatter) inFrontMatter = undefined
    } else if (fence) {
      const closing = fenceOpen.exec(text)
      if (closing && closing[1]![0] === fence.char && closing[1]!.length >= fence.length && blank.test(text.slice(closing[0].length))) fence = undefined
    } else if (rawEnd) {
      if (rawEnd.test(text)) rawEnd = undefined
    } else if (blank.test(text)) {
      previousBlank = true
    } else {
      // A block starts here; cut before it when the chunk is big enough and the line is not indented code or a continuation.
      const indented = /^(?: {4}|\t)/.test(text)
      if (previousBlank && !indented && lineStart > 0) cuts.push(lineStart)
      previousBlank = false
      const opened = fenceOpen.exec(text)
      if (opened && !(opened[1]![0] === '`' && text.slice(opened[0].length).includes('`'))) {
        fence = {char: opened[1]![0]!, length: opened[1]!.length}
      } else {
        const raw = rawHtmlBlocks.find(([start]) => start.test(text))
        if (raw && !raw[1].test(text.slice(text.indexOf('<') + 1))) rawEnd = raw[1]
      }
    }
    if (next.done) break
    lineStart = lineEnd + next.value[0].length
  }
  cuts.push(source.length)
  return cuts
}

/** What parsing `source[start, end)` would cost: why it is too slow or too big, if it is, and its delimiters. */
export function cost(source: string, start: number, end: number): {readonly problem?: string; readonly delimiters: number} {
  let delimiters = 0
  let blockDelimiters = 0
  let blockStart = start
  let lineStart = start
  let previous = ''
  let problem: string | undefined
  const endBlock = (blockEnd: number) => {
    const length = blockEnd - blockStart
    if (length > maxBlockSize) problem ??= `a Markdown block of ${length} characters (over ${maxBlockSize})`
    if (blockDelimiters * length > maxBlockDelimiterWork || (length > densityFloor && blockDelimiters > length * maxDelimiterDensity)) {
      problem ??= `${blockDelimiters} emphasis and link delimiters in a block of ${length} characters`
    }
    blockDelimiters = 0
  }
  for (let index = start; index <= end && problem === undefined; index++) {
    const char = index < end ? source[index]! : '\n'
    if (char === '\r' && source[index + 1] === '\n') continue
    if (char === '\n' || char === '\r') {
      const depth = nesting(source, lineStart, index)
      if (depth > maxNesting) problem = `Markdown containers nested ${depth} deep (over ${maxNesting})`
      if (blankOrReturn.test(source.slice(lineStart, index))) {
        endBlock(lineStart)
        blockStart = index + 1
      }
      lineStart = index + 1
    } else if ((char === '*' || char === '_' || char === '~' || char === '[' || char === ']') && char !== previous) {
      blockDelimiters++
      delimiters++
    }
    previous = char
  }
  if (problem === undefined) endBlock(end)
  return problem === undefined ? {delimiters} : {problem, delimiters}
}

/** How many container markers (`>`, `-`, `*`, `+`, `1.`) open the line at `[start, end)`. */
function nesting(source: string, start: number, end: number): number {
  let depth = 0
  let index = start
  while (index < end) {
    while (index < end && (source[index] === ' ' || source[index] === '\t')) index++
    const char = source[index]
    let after = index + 1
    if (char === '>') {
      depth++
      index = after
      continue
    }
    if (char === '-' || char === '*' || char === '+') {
      if (after < end && source[after] !== ' ' && source[after] !== '\t') break
    } else {
      while (after < end && after - index < 10 && source[after]! >= '0' && source[after]! <= '9') after++
      if (!(char! >= '0' && char! <= '9') || (source[after] !== '.' && source[after] !== ')')) break
      after++
      if (after < end && source[after] !== ' ' && source[after] !== '\t') break
    }
    depth++
    index = after
  }
  return depth
}
