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
 * is parsed whole, exactly as CommonMark says; past it, a reference link whose
 * definition sits in another chunk stays as written (`[text][ref]`).
 */

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
const frontMatterAt = /(?:---|\+\+\+)[ \t]*(?:\r\n|\r|\n|$)/y

/**
 * The parts of a chunk to parse one by one: the chunk itself, or, in a document past
 * `chunkSize` (already parsed a chunk at a time) with no reference or footnote definition,
 * its blocks grouped up to `partSize`. Without a definition no block reads another, so the parts
 * give what the whole chunk gives, and micromark holds a quarter of the events at once: on
 * paragraphs of prose a 16 KB chunk cost twice the time per KB of a 4 KB one, its events living
 * long enough to be copied into the old heap. (MDX is left whole: its syntax errors are handled
 * a chunk at a time.)
 */
export function parseParts(source: string, chunk: Chunk, wholeDocument: boolean): Array<{readonly start: number; readonly end: number}> {
  if (wholeDocument || chunk.cuts === undefined || chunk.cuts.length === 0 || source.includes(definitionMark)) return [chunk]
  const parts: Array<{start: number; end: number}> = []
  let start = chunk.start
  for (const cut of chunk.cuts) {
    // Only at a line with no indent (one with two spaces may continue a list item above it), and
    // not on `---` or `+++`, which would read as front matter, as only the document's start can.
    frontMatterAt.lastIndex = cut
    if (cut - start >= partSize && source[cut] !== ' ' && !frontMatterAt.test(source)) {
      parts.push({start, end: cut})
      start = cut
    }
  }
  parts.push({start, end: chunk.end})
  return parts
}

/** Offsets where a block starts that the parser may see on its own (with 0 and the length). */
function blockCuts(source: string): number[] {
  const cuts: number[] = [0]
  let fence: {char: string; length: number} | undefined
  let rawEnd: RegExp | undefined
  let inFrontMatter = false
  let previousBlank = false
  let lineStart = 0
  const lines = source.matchAll(lineBreak)
  for (let line = 0; ; line++) {
    const next = lines.next()
    const lineEnd = next.done ? source.length : next.value.index
    const text = source.slice(lineStart, lineEnd)
    if (line === 0 && frontMatterFence.test(text)) {
      // Front matter only if a closing fence follows; otherwise `---` is a thematic break.
      inFrontMatter = closingFence(text.trim()).test(source.slice(lineEnd))
    } else if (inFrontMatter) {
      if (frontMatterFence.test(text)) inFrontMatter = false
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
