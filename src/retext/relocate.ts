/**
 * Move an extraction made on the text of a tree into the file's offsets:
 * every quote, speaker mention, cue, entity mention and message then points
 * into the file the tree came from (`file.value.slice(start, end) === text`),
 * and a quote whose source differs from its prose (markup, references) keeps
 * the prose in `decoded`, as `extractQuotes` does for HTML.
 */

import type {OffsetMap} from '../source/offset-map.js'
import type {Extraction, Span, TextRange} from '../types.js'

export function relocate(extraction: Extraction, text: string, map: OffsetMap, source: string): Extraction {
  const toSpan = (range: TextRange): Span => {
    const start = map.start(range.start)
    const end = Math.max(start, map.end(range.end))
    return {text: source.slice(start, end), start, end}
  }
  const quotes = extraction.quotes.map((quote) => {
    const {text: quoteText, start, end} = toSpan(quote)
    const prose = quote.decoded ?? text.slice(quote.start, quote.end)
    const {id, decoded: _decoded, text: _text, start: _start, end: _end, ...rest} = quote
    return {
      id,
      text: quoteText,
      start,
      end,
      ...(prose === quoteText ? {} : {decoded: prose}),
      ...rest,
      speaker: quote.speaker ? {...quote.speaker, mention: toSpan(quote.speaker.mention)} : null,
      cue: quote.cue ? toSpan(quote.cue) : null
    }
  })
  const entities = extraction.entities.map((entity) => ({...entity, mentions: entity.mentions.map(toSpan)}))
  const messages = extraction.messages.map((message) => {
    const {start, end} = toSpan(message)
    return {...message, start, end}
  })
  return {quotes, entities, messages}
}
