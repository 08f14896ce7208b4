/**
 * Emphasis, links and code spans a reader can resolve without the parser.
 *
 * - **Emphasis**: in a paragraph where every `*` and `_` belongs to a run of
 *   one or two that plainly opens (after a space, a line break, the start or
 *   an opening mark, before a letter or digit) or plainly closes (after a
 *   letter or digit, before a space, a line break, the end or closing
 *   punctuation), and openers and closers alternate in pairs of the same
 *   character and length, CommonMark's delimiter algorithm pairs each closer
 *   with the opener just before it: `*a*` is emphasis, `**a**` strong.
 * - **Links**: `[text](destination)` with text of prose (no brackets, no
 *   emphasis, not `^`), a destination of no space, control character, `(`,
 *   `<` or `\`, and no title; with no definition in the document (the only
 *   case in which the reader asks), every `[` and `]` must be such a link.
 * - **Code spans**: a run of one or two backticks, closed by the next run of
 *   the same length on the same line; what is between is literal (CommonMark
 *   gives code spans precedence over every inline that opens after them, so
 *   an emphasis mark, bracket or escape inside one changes nothing). A run of
 *   three or more may open a fenced code block at a line's start, and one
 *   left open stands for itself: both are left to the parser.
 *
 * Anything else (`snake_case`, `*a*b`, `***`, a mark left open, emphasis
 * around a link or a code span, `![image](x)`, `[a](b "title")`) is left to
 * the parser. News in Markdown is mostly such paragraphs (`said *Ann Lee*`,
 * `**not**`, `[Ann Lee](https://…)`, now and then a `name` in backticks), and
 * micromark costs five to fifteen times the rest of the pipeline per KB of
 * them (it resolves emphasis and links by splicing its event list).
 */

/** A plain inline: emphasis or strong around text, a link, or a code span. */
export interface PlainInline {
  readonly type: 'emphasis' | 'strong' | 'link' | 'inlineCode'
  readonly start: number
  readonly end: number
  /** Where its text starts and ends (a code span's: its value, less the padding spaces). */
  readonly textStart: number
  readonly textEnd: number
}

/** Before an opener: what CommonMark counts as whitespace or punctuation, so that it cannot close. */
const opensAfter = new Set(['', ' ', '\n', '“', '‘', '"', "'", '('])
/** After a closer: whitespace or punctuation, so that it cannot open. */
const closesBefore = new Set(['', ' ', '\n', '.', ',', ';', ':', '!', '?', ')', '”', '’', '"', "'"])
/** A letter or digit in one UTF-16 unit (an astral character is left to the parser). */
const wordCharacter = /^[\p{L}\p{N}]$/u
/** What a link's text may not hold: brackets, emphasis marks, line breaks. */
const notLinkText = /[[\]*_\n]/
/** What a destination may not hold: white space, control characters, `(`, `<`, `\`, and `)` which ends it. */
const notDestination = /[\s\0-\x1f\x7f()<\\]/

/**
 * The plain inlines of `text[start, end)` (one paragraph), in order, or `undefined` when some `*`,
 * `_`, `[`, `]` or backtick there is not part of one.
 */
export function plainInlines(text: string, start: number, end: number): PlainInline[] | undefined {
  const inlines: PlainInline[] = []
  let open: {mark: string; start: number; length: number} | undefined
  for (let index = start; index < end; index++) {
    const character = text[index]!
    if (character === '[') {
      const link = plainLink(text, index, end)
      if (link === undefined || open !== undefined) return undefined
      inlines.push(link)
      index = link.end - 1
      continue
    }
    if (character === ']') return undefined
    if (character === '`') {
      const code = open === undefined ? plainCode(text, index, end) : undefined
      if (code === undefined) return undefined
      inlines.push(code)
      index = code.end - 1
      continue
    }
    if (character !== '*' && character !== '_') continue
    let runEnd = index + 1
    while (runEnd < end && text[runEnd] === character) runEnd++
    const length = runEnd - index
    if (length > 2) return undefined
    const before = index > start ? text[index - 1]! : ''
    const after = runEnd < end ? text[runEnd]! : ''
    if (open === undefined) {
      if (!opensAfter.has(before) || !wordCharacter.test(after)) return undefined
      open = {mark: character, start: index, length}
    } else {
      if (character !== open.mark || length !== open.length || !wordCharacter.test(before) || !closesBefore.has(after)) return undefined
      inlines.push({type: length === 2 ? 'strong' : 'emphasis', start: open.start, end: runEnd, textStart: open.start + length, textEnd: index})
      open = undefined
    }
    index = runEnd - 1
  }
  return open === undefined ? inlines : undefined
}

/** The link `[text](destination)` at `text[start]`, if it is a plain one. */
function plainLink(text: string, start: number, end: number): PlainInline | undefined {
  if (text[start - 1] === '!' || text[start + 1] === '^') return undefined
  const close = text.indexOf(']', start + 1)
  if (close === -1 || close + 1 >= end || close === start + 1 || text[close + 1] !== '(') return undefined
  const label = text.slice(start + 1, close)
  if (notLinkText.test(label)) return undefined
  const destinationEnd = text.indexOf(')', close + 2)
  if (destinationEnd === -1 || destinationEnd >= end || destinationEnd === close + 2) return undefined
  if (notDestination.test(text.slice(close + 2, destinationEnd))) return undefined
  return {type: 'link', start, end: destinationEnd + 1, textStart: start + 1, textEnd: close}
}

/** The code span opened by the backticks at `text[start]`, if it is a plain one (one line, a run of one or two). */
function plainCode(text: string, start: number, end: number): PlainInline | undefined {
  let length = 1
  while (text[start + length] === '`') length++
  if (length > 2) return undefined
  const contentStart = start + length
  for (let index = contentStart; index < end; index++) {
    const character = text[index]!
    if (character === '\n') return undefined
    if (character !== '`') continue
    let runEnd = index + 1
    while (runEnd < end && text[runEnd] === '`') runEnd++
    if (runEnd - index === length) {
      // One space is padding at each end when both ends have one and the code is not spaces only.
      const padded = text[contentStart] === ' ' && text[index - 1] === ' ' && !/^ *$/.test(text.slice(contentStart, index))
      return {type: 'inlineCode', start, end: runEnd, textStart: padded ? contentStart + 1 : contentStart, textEnd: padded ? index - 1 : index}
    }
    index = runEnd - 1
  }
  return undefined
}

/**
 * `text[start, end)` without its links' destinations and its code spans: the prose a syntax check
 * reads (a code span stands as one space, which is no syntax).
 */
export function withoutLiterals(text: string, start: number, end: number, inlines: readonly PlainInline[]): string {
  let prose = ''
  let at = start
  for (const inline of inlines) {
    if (inline.type === 'link') {
      // Keep `[text](` and `)`, drop what is between.
      prose += text.slice(at, inline.textEnd + 2)
      at = inline.end - 1
    } else if (inline.type === 'inlineCode') {
      prose += text.slice(at, inline.start) + ' '
      at = inline.end
    }
  }
  return prose + text.slice(at, end)
}
