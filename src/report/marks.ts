/**
 * The two renderers the report page runs in the browser, on demand, for
 * the documents and statements in view. They are written into the page with
 * `Function.prototype.toString`, so each must stand alone: no imports, no
 * module-level names, nothing but its arguments (the tests import them here).
 */

/** What `highlight` reads of a quote: a `ReportQuote`. */
export interface MarkQuote {
  readonly id: string
  /** Source offsets, written on the mark. */
  readonly start: number
  readonly end: number
  /** Where the quote is in the shown text (as the cue and mention are). */
  readonly from: number
  readonly to: number
  readonly text: string
  readonly kind: string
  readonly speaker: number
  readonly mention: {readonly start: number; readonly end: number} | null
  readonly cue: {readonly start: number; readonly end: number} | null
  readonly confidence: number
}

export interface HighlightOptions {
  /** Index of the document: marks get the id `d<document>-<quote id>`. */
  readonly document: number
  /** Speaker names by index. */
  readonly speakers: ReadonlyArray<{readonly name: string}>
  readonly lowConfidence: number
  /** Quotes left out by the filters are drawn faded (by index); all shown when missing. */
  readonly shown?: ArrayLike<number | boolean>
}

/**
 * The shown text as HTML with every quote in a `<mark>` (and its cue and
 * speaker mention in spans), or, when `text` is null, a list of the
 * quotes alone. Spans that cross are closed and reopened; the first piece of
 * a quote carries its id and offsets, so each quote appears once.
 */
export function highlight(text: string | null, quotes: readonly MarkQuote[], options: HighlightOptions): string {
  const escape = (value: string) =>
    value.replace(/[&<>"']/g, (character) => '&#' + character.charCodeAt(0) + ';')
  const label = (quote: MarkQuote): string => {
    if (quote.kind === 'mention') return ''
    const name = quote.speaker < 0 ? '? unattributed' : options.speakers[quote.speaker]!.name
    return quote.speaker >= 0 && quote.confidence < options.lowConfidence ? `⚠ ${name} ${quote.confidence.toFixed(2)}` : name
  }
  interface Piece {
    readonly start: number
    readonly end: number
    /** 0 quote, 1 cue, 2 speaker mention: a quote opens outside what starts with it. */
    readonly type: number
    readonly index: number
    opened: number
    last: number
  }
  const openTag = (piece: Piece, first: boolean, last: boolean): string => {
    if (piece.type === 1) return '<span class="cue">'
    if (piece.type === 2) return '<span class="sm">'
    const quote = quotes[piece.index]!
    const dim = options.shown !== undefined && !options.shown[piece.index]
    const classes = ['q', 'k-' + quote.kind]
    if (quote.kind !== 'mention') classes.push(quote.speaker < 0 ? 'unat' : 'c' + (quote.speaker % 12))
    if (quote.kind !== 'mention' && quote.speaker >= 0 && quote.confidence < options.lowConfidence) classes.push('low')
    if (dim) classes.push('dim')
    if (!first) classes.push('cont')
    if (last) classes.push('end')
    const data = ` data-d="${options.document}" data-q="${piece.index}"`
    const name = label(quote)
    const labelled = last && name && !dim ? ` data-label="${escape(name)}"` : ''
    return first
      ? `<mark class="${classes.join(' ')}" id="d${options.document}-${escape(quote.id)}" tabindex="0"${data} data-start="${quote.start}" data-end="${quote.end}"${labelled}>`
      : `<mark class="${classes.join(' ')}"${data}${labelled}>`
  }
  const closeTag = (piece: Piece) => (piece.type === 0 ? '</mark>' : '</span>')

  if (text === null) {
    const items = quotes.map((quote, index) => {
      const piece: Piece = {start: 0, end: quote.text.length, type: 0, index, opened: 0, last: 0}
      return `<li>${openTag(piece, true, true)}${escape(quote.text)}</mark></li>`
    })
    return `<ol class="quotes-only">${items.join('')}</ol>`
  }

  const pieces: Piece[] = []
  const seen = new Set<string>()
  // An empty quote (“”) is still a quote: drawn as an empty mark where it stands.
  const empty: Piece[] = []
  const add = (start: number, end: number, type: number, index: number) => {
    if (!(end >= start) || start < 0 || end > text.length) return
    if (end === start) {
      if (type === 0) empty.push({start, end, type, index, opened: -1, last: -1})
      return
    }
    const key = `${type}:${start}:${end}`
    if (type > 0 && seen.has(key)) return
    seen.add(key)
    pieces.push({start, end, type, index, opened: -1, last: -1})
  }
  quotes.forEach((quote, index) => {
    add(quote.from, quote.to, 0, index)
    const dim = options.shown !== undefined && !options.shown[index]
    if (quote.kind === 'mention' || dim) return
    if (quote.cue) add(quote.cue.start, quote.cue.end, 1, index)
    if (quote.mention) add(quote.mention.start, quote.mention.end, 2, index)
  })
  // Outer first: earlier start, then later end, then quotes before their cues.
  pieces.sort((a, b) => a.start - b.start || b.end - a.end || a.type - b.type)
  const points = [...new Set([...pieces, ...empty].flatMap((piece) => [piece.start, piece.end]))].sort((a, b) => a - b)
  const out: string[] = []
  const stack: Piece[] = []
  empty.sort((a, b) => a.start - b.start)
  let next = 0
  let nextEmpty = 0
  let at = 0
  for (const point of points) {
    out.push(escape(text.slice(at, point)))
    at = point
    const lowest = stack.findIndex((piece) => piece.end <= point)
    if (lowest >= 0) {
      const reopen: Piece[] = []
      while (stack.length > lowest) {
        const piece = stack.pop()!
        out.push(closeTag(piece))
        if (piece.end > point) reopen.unshift(piece)
        else if (piece.type === 0) out[piece.last] = openTag(piece, piece.last === piece.opened, true)
      }
      for (const piece of reopen) {
        piece.last = out.push(openTag(piece, false, false)) - 1
        stack.push(piece)
      }
    }
    while (nextEmpty < empty.length && empty[nextEmpty]!.start === point) out.push(openTag(empty[nextEmpty++]!, true, true) + '</mark>')
    while (next < pieces.length && pieces[next]!.start === point) {
      const piece = pieces[next++]!
      piece.opened = piece.last = out.push(openTag(piece, true, false)) - 1
      stack.push(piece)
    }
  }
  out.push(escape(text.slice(at)))
  return out.join('')
}

/**
 * Each wording as HTML with its words marked against the others: `w-all`
 * for a word every wording has, `w-own` for one no other wording has.
 * A lone wording is returned escaped and unmarked.
 */
export function wordMarks(texts: readonly string[]): string[] {
  const escape = (value: string) =>
    value.replace(/[&<>"']/g, (character) => '&#' + character.charCodeAt(0) + ';')
  const word = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu
  const key = (value: string) => value.toLowerCase().replace(/['’]s$/, '')
  if (texts.length < 2) return texts.map(escape)
  const holders = new Map<string, number>()
  for (const text of texts) {
    for (const found of new Set(Array.from(text.matchAll(word), (match) => key(match[0])))) holders.set(found, (holders.get(found) ?? 0) + 1)
  }
  return texts.map((text) => {
    let html = ''
    let at = 0
    for (const match of text.matchAll(word)) {
      html += escape(text.slice(at, match.index))
      const count = holders.get(key(match[0]))!
      const kind = count === texts.length ? 'w-all' : count === 1 ? 'w-own' : ''
      html += kind ? `<span class="${kind}">${escape(match[0])}</span>` : escape(match[0])
      at = match.index + match[0].length
    }
    return html + escape(text.slice(at))
  })
}
