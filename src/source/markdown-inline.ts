/**
 * Emphasis and links a reader can resolve without the parser.
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
 *
 * Anything else (`snake_case`, `*a*b`, `***`, a mark left open, emphasis
 * around a link, `![image](x)`, `[a](b "title")`) is left to the parser.
 * News in Markdown is mostly such paragraphs (`said *Ann Lee*`, `**not**`,
 * `[Ann Lee](https://…)`), and micromark costs five to fifteen times the rest
 * of the pipeline per KB of them (it resolves emphasis and links by splicing
 * its event list).
 */

/** A plain inline: emphasis or strong around text, or a link. */
export interface PlainInline {
  readonly type: 'emphasis' | 'strong' | 'link'
  readonly start: number
  readonly end: number
  /** Where its text starts and ends. */
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
 * `_`, `[` or `]` there is not part of one.
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

/** `text[start, end)` without its links' destinations: the prose a syntax check reads. */
export function withoutDestinations(text: string, start: number, end: number, inlines: readonly PlainInline[]): string {
  let prose = ''
  let at = start
  for (const inline of inlines) {
    if (inline.type !== 'link') continue
    // Keep `[text](` and `)`, drop what is between.
    prose += text.slice(at, inline.textEnd + 2)
    at = inline.end - 1
  }
  return prose + text.slice(at, end)
}
