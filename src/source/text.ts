/**
 * Plain text: the source is the text; paragraphs come from line breaks.
 *
 * News text arrives both with blank lines between paragraphs and with one
 * paragraph a line (no blank lines at all), and sometimes hard-wrapped. A line
 * therefore starts a new paragraph unless it plainly continues the previous
 * one: it opens with a lowercase letter, or the previous line stopped on a
 * comma or a hyphen.
 */

import type {TextRange} from '../types.js'
import type {SourceDocument} from './document.js'
import {formatCharacter, identityMap, PlainTextBuilder} from './offset-map.js'

const continuesLine = /^[\p{Ll}]/u
const openEnded = /[,\-–]$/

export function textToDocument(source: string): SourceDocument {
  if (!formatCharacter.test(source)) {
    return {source, format: 'text', text: source, paragraphs: splitParagraphs(source), map: identityMap, messages: [], quotations: []}
  }
  // Invisible format characters (U+200B, U+200F, U+00AD, …) are left out of the plain text.
  const builder = new PlainTextBuilder()
  builder.appendVerbatim(source, 0)
  const text = builder.text
  return {source, format: 'text', text, paragraphs: splitParagraphs(text), map: builder.map(source.length), messages: [], quotations: []}
}

/** Split plain text into trimmed paragraph ranges. */
export function splitParagraphs(text: string): TextRange[] {
  const paragraphs: TextRange[] = []
  const lineBreak = /\r\n|\r|\n|\u2028|\u2029/g
  let current: {start: number; end: number} | undefined
  let previousLine = ''
  let lineStart = 0

  const close = () => {
    if (current) paragraphs.push(current)
    current = undefined
  }

  const take = (start: number, end: number) => {
    const line = text.slice(start, end)
    const trimmedStart = start + (line.length - line.trimStart().length)
    const trimmedEnd = end - (line.length - line.trimEnd().length)
    if (trimmedStart >= trimmedEnd) {
      close()
      previousLine = ''
      return
    }
    const content = text.slice(trimmedStart, trimmedEnd)
    if (current && (continuesLine.test(content) || openEnded.test(previousLine))) {
      current.end = trimmedEnd
    } else {
      close()
      current = {start: trimmedStart, end: trimmedEnd}
    }
    previousLine = content
  }

  let match: RegExpExecArray | null
  while ((match = lineBreak.exec(text))) {
    take(lineStart, match.index)
    lineStart = match.index + match[0].length
  }
  take(lineStart, text.length)
  close()
  return paragraphs
}
